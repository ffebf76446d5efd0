// Owns starting an export: the new file's full path (typed; main checks it and never overwrites),
// the backup passphrase with its confirmation and the policy's hint, and optionally the recovery
// code so the file also opens with it. It closes as soon as the export starts: progress shows on
// the screen.
import { useRef, useState } from 'react';
import type { AppContract, InputOf } from '../../../../shared/contract';
import { Button, CheckboxField, Dialog, Field, NewSecretFields, useNewSecret } from '../../../ui';

export interface ExportBackupDialogProps {
  onStart: (input: InputOf<AppContract, 'backup.export'>) => void;
  onCancel: () => void;
}

interface Problems {
  path?: string;
  recoveryCode?: string;
}

export function ExportBackupDialog({ onStart, onCancel }: ExportBackupDialogProps) {
  const [path, setPath] = useState('');
  const [withCode, setWithCode] = useState(false);
  const [recoveryCode, setRecoveryCode] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const passphrase = useNewSecret('passphrase');
  const pathRef = useRef<HTMLInputElement>(null);
  const secretRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  function submit() {
    const found: Problems = {};
    if (path.trim() === '') found.path = 'Enter the full path of the file to write.';
    if (withCode && recoveryCode.trim() === '') found.recoveryCode = 'Enter the recovery code, or clear the box above.';
    setProblems(found);
    const secret = passphrase.validate();
    if (found.path) return pathRef.current?.focus();
    if (secret.secret) return secretRef.current?.focus();
    if (secret.confirm) return confirmRef.current?.focus();
    if (found.recoveryCode) return codeRef.current?.focus();
    onStart({ path: path.trim(), passphrase: passphrase.draft.secret, ...(withCode ? { recoveryCode: recoveryCode.trim() } : {}) });
  }

  return (
    <Dialog
      title="Export a backup"
      description={
        <p>
          The backup holds all of this site’s data and the keys to open it, encrypted and signed. Keep the backup passphrase somewhere other than the backup: without it
          (or the recovery code, if you add it), the file cannot be opened.
        </p>
      }
      onCancel={onCancel}
      onSubmit={submit}
      initialFocus={pathRef}
      testId="export-backup-dialog"
      actions={
        <>
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" variant="primary">
            Export
          </Button>
        </>
      }
    >
      <Field
        ref={pathRef}
        label="Save the backup as"
        autoComplete="off"
        spellCheck={false}
        className="mono"
        value={path}
        error={problems.path}
        hint="The full path of a new file in a folder that exists, for example /media/backups/site-2026-03-01.rsbk or E:\Backups\site.rsbk. An existing file is never overwritten."
        onChange={(e) => setPath(e.target.value)}
      />
      <NewSecretFields
        noun="passphrase"
        label="Backup passphrase"
        confirmLabel="Confirm backup passphrase"
        note="It protects this file only; it need not be the workstation passphrase."
        value={passphrase.draft}
        errors={passphrase.errors}
        onChange={passphrase.onChange}
        secretRef={secretRef}
        confirmRef={confirmRef}
      />
      <CheckboxField
        label="Also openable with the recovery code"
        description="The file then opens with either the backup passphrase or this workstation’s recovery code."
        checked={withCode}
        onChange={(e) => setWithCode(e.target.checked)}
      />
      {withCode ? (
        <Field
          ref={codeRef}
          label="Recovery code"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={recoveryCode}
          error={problems.recoveryCode}
          hint="As printed on the recovery sheet. It is checked against this workstation before anything is written."
          onChange={(e) => setRecoveryCode(e.target.value)}
        />
      ) : null}
    </Dialog>
  );
}

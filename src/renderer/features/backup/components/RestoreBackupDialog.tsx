// Owns confirming an in-app restore: what it replaces, that the current data is kept as a safety
// copy and that the app reloads the data afterwards; the administrator types RESTORE, as the
// channel requires. It closes as soon as the restore starts: progress shows on the screen.
import { useRef, useState } from 'react';
import type { AppContract, InputOf } from '../../../../shared/contract';
import { Button, Dialog, Field } from '../../../ui';
import { type BackupFileProblems, backupFileInput, BackupFileFields, checkBackupFile, EMPTY_BACKUP_FILE } from './BackupFileFields';

export interface RestoreBackupDialogProps {
  onStart: (input: InputOf<AppContract, 'backup.restore'>) => void;
  onCancel: () => void;
}

const WORD = 'RESTORE';

export function RestoreBackupDialog({ onStart, onCancel }: RestoreBackupDialogProps) {
  const [draft, setDraft] = useState(EMPTY_BACKUP_FILE);
  const [typed, setTyped] = useState('');
  const [problems, setProblems] = useState<BackupFileProblems & { confirm?: string }>({});
  const pathRef = useRef<HTMLInputElement>(null);
  const secretRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);

  function submit() {
    const found = { ...checkBackupFile(draft), ...(typed === WORD ? {} : { confirm: `Type ${WORD} in capital letters to confirm.` }) };
    setProblems(found);
    if (found.path) return pathRef.current?.focus();
    if (found.secret) return secretRef.current?.focus();
    if (found.confirm) return confirmRef.current?.focus();
    onStart({ ...backupFileInput(draft), confirm: WORD });
  }

  return (
    <Dialog
      title="Restore from a backup?"
      description={
        <>
          <p>
            All data on this workstation — programs, people, schedules, accounts and the audit trail — is replaced by the backup’s. Changes made since the backup was
            taken are lost from the app.
          </p>
          <p>
            <strong>The current data is kept as a safety copy</strong> in the data folder, and the app reloads the data from the restored store when it is done. Only
            this site’s own backups can be restored here.
          </p>
        </>
      }
      onCancel={onCancel}
      onSubmit={submit}
      initialFocus={pathRef}
      testId="restore-backup-dialog"
      actions={
        <>
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" variant="danger">
            Restore
          </Button>
        </>
      }
    >
      <BackupFileFields value={draft} onChange={setDraft} problems={problems} pathRef={pathRef} secretRef={secretRef} />
      <Field
        ref={confirmRef}
        label={`Type ${WORD} to confirm`}
        autoComplete="off"
        spellCheck={false}
        value={typed}
        error={problems.confirm}
        onChange={(e) => setTyped(e.target.value)}
      />
    </Dialog>
  );
}

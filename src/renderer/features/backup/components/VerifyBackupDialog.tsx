// Owns asking for a backup file to verify without restoring it. It closes as soon as the
// verification starts: progress and the answer show on the screen.
import { useRef, useState } from 'react';
import type { InputOf, AppContract } from '../../../../shared/contract';
import { Button, Dialog } from '../../../ui';
import { type BackupFileProblems, backupFileInput, BackupFileFields, checkBackupFile, EMPTY_BACKUP_FILE } from './BackupFileFields';

export interface VerifyBackupDialogProps {
  onStart: (input: InputOf<AppContract, 'backup.verify'>) => void;
  onCancel: () => void;
}

export function VerifyBackupDialog({ onStart, onCancel }: VerifyBackupDialogProps) {
  const [draft, setDraft] = useState(EMPTY_BACKUP_FILE);
  const [problems, setProblems] = useState<BackupFileProblems>({});
  const pathRef = useRef<HTMLInputElement>(null);
  const secretRef = useRef<HTMLInputElement>(null);

  function submit() {
    const found = checkBackupFile(draft);
    setProblems(found);
    if (found.path) return pathRef.current?.focus();
    if (found.secret) return secretRef.current?.focus();
    onStart(backupFileInput(draft));
  }

  return (
    <Dialog
      title="Verify a backup file"
      description={<p>Every part of the file is read and checked — its signature, each encrypted chunk, their order and its end — without restoring anything.</p>}
      onCancel={onCancel}
      onSubmit={submit}
      initialFocus={pathRef}
      testId="verify-backup-dialog"
      actions={
        <>
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" variant="primary">
            Verify
          </Button>
        </>
      }
    >
      <BackupFileFields value={draft} onChange={setDraft} problems={problems} pathRef={pathRef} secretRef={secretRef} />
    </Dialog>
  );
}

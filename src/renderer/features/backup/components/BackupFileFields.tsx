// Owns the fields that open an existing backup file (verify, restore): its full path, typed by the
// administrator (the browser host has no native file picker; main checks the path), and the
// backup passphrase and/or the recovery code it was sealed with.
import type { Ref } from 'react';
import { Field } from '../../../ui';

export interface BackupFileDraft {
  path: string;
  passphrase: string;
  recoveryCode: string;
}

export interface BackupFileProblems {
  path?: string;
  secret?: string;
}

export const EMPTY_BACKUP_FILE: BackupFileDraft = { path: '', passphrase: '', recoveryCode: '' };

export function checkBackupFile(draft: BackupFileDraft): BackupFileProblems {
  const found: BackupFileProblems = {};
  if (draft.path.trim() === '') found.path = 'Enter the full path of the backup file.';
  if (draft.passphrase === '' && draft.recoveryCode.trim() === '') found.secret = 'Enter the backup passphrase or the recovery code.';
  return found;
}

/** The channel's input: only the secrets that were given. */
export const backupFileInput = (draft: BackupFileDraft) => ({
  path: draft.path.trim(),
  ...(draft.passphrase !== '' ? { passphrase: draft.passphrase } : {}),
  ...(draft.recoveryCode.trim() !== '' ? { recoveryCode: draft.recoveryCode.trim() } : {}),
});

export interface BackupFileFieldsProps {
  value: BackupFileDraft;
  onChange: (next: BackupFileDraft) => void;
  problems: BackupFileProblems;
  pathRef?: Ref<HTMLInputElement>;
  secretRef?: Ref<HTMLInputElement>;
}

export function BackupFileFields({ value, onChange, problems, pathRef, secretRef }: BackupFileFieldsProps) {
  return (
    <>
      <Field
        ref={pathRef}
        label="Backup file"
        autoComplete="off"
        spellCheck={false}
        className="mono"
        value={value.path}
        error={problems.path}
        hint="The full path, for example /media/backups/resched-backup-20260301-020000.rsbk or E:\Backups\site.rsbk."
        onChange={(e) => onChange({ ...value, path: e.target.value })}
      />
      <Field
        ref={secretRef}
        label="Backup passphrase"
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={value.passphrase}
        error={problems.secret}
        hint="The passphrase chosen when the backup was made. Leave empty to use the recovery code instead."
        onChange={(e) => onChange({ ...value, passphrase: e.target.value })}
      />
      <Field
        label="Recovery code"
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={value.recoveryCode}
        hint="Only if the backup was also sealed with this workstation’s recovery code."
        onChange={(e) => onChange({ ...value, recoveryCode: e.target.value })}
      />
    </>
  );
}

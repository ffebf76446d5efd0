// Owns what a refused or failed backup operation says. Main's message for a code is generic (and
// speaks of restoring); here each damaged region is named in words for the operation that met it,
// and what state things were left in.
import type { ErrorCode, IpcError } from '../../../../shared/contract';
import type { BackupJobKind } from './run-backup-job';

/** What is wrong with the file, as found by verify and by restore (which reads it the same way). */
const FILE_PROBLEM: Partial<Record<ErrorCode, string>> = {
  ERR_BACKUP_NOT_A_BACKUP: 'That file is not a Residency Scheduler backup.',
  ERR_BACKUP_UNSUPPORTED_VERSION: 'That backup was written in a format this version cannot read. Install a newer version of Residency Scheduler.',
  ERR_BACKUP_HEADER_INVALID: 'The backup’s header is damaged or was altered.',
  ERR_BACKUP_WRONG_SECRET: 'That backup passphrase or recovery code does not open this backup.',
  ERR_BACKUP_CHUNK_TAMPERED: 'Part of the backup’s data is damaged or was altered. Use another copy.',
  ERR_BACKUP_CHUNK_REORDERED: 'Parts of the backup are out of order: the file was altered. Use another copy.',
  ERR_BACKUP_TRUNCATED: 'The backup file is incomplete (cut short). Copy it again from the original media.',
  ERR_BACKUP_TRAILING_DATA: 'The backup file has extra data after its end: it was altered.',
  ERR_BACKUP_MANIFEST_INVALID: 'The backup’s list of contents is damaged or does not match what the file holds.',
  ERR_BACKUP_SIGNATURE_INVALID: 'The backup’s signature does not verify: the file was altered after it was made.',
  ERR_BACKUP_NO_SECRET: 'Enter the backup passphrase or the recovery code.',
  ERR_BACKUP_NEWER_SCHEMA: 'That backup comes from a newer version of Residency Scheduler. Install that version to restore it.',
  ERR_BACKUP_OTHER_SITE: 'That backup belongs to another site’s keys. Restore it into a new data folder with `resched backup restore`.',
  ERR_BACKUP_BUSY: 'Another backup, verification or restore is running. Wait for it to finish.',
};

export function backupErrorText(kind: BackupJobKind, error: IpcError): string {
  if (error.code === 'ERR_CANCELLED') {
    return kind === 'export'
      ? 'The export was cancelled. No backup file was left behind.'
      : kind === 'verify'
        ? 'The verification was cancelled.'
        : 'The restore was cancelled. The current data is unchanged.';
  }
  if (error.code === 'ERR_BACKUP_PATH_INVALID') {
    return kind === 'export'
      ? 'That path cannot be used: give a full path, in a folder that exists, to a file that does not exist yet. Backups never overwrite a file.'
      : 'There is no backup file at that path. Give the full path of the file.';
  }
  if (kind === 'export' && error.code === 'ERR_VAULT_UNLOCK_FAILED') {
    return 'That recovery code does not open this workstation, so it could not open the backup either. Check it against the recovery sheet.';
  }
  const problem = FILE_PROBLEM[error.code];
  if (!problem) return error.message;
  return kind === 'restore' && error.code !== 'ERR_BACKUP_BUSY' ? `${problem} Nothing was restored; the current data is unchanged.` : problem;
}

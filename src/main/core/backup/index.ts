// Encrypted backup files (docs/formats/backup.md): writing, reading and verifying them. Taking the
// store snapshot and restoring it into a workstation are built on top of these.
export { writeBackup } from './write-backup';
export type { WriteBackupOptions, WrittenBackup } from './write-backup';
export { readBackup } from './read-backup';
export type { ReadBackupOptions, ReadBackupResult } from './read-backup';
export { keyObjectSigner } from './manifest';
export type { BackupManifest, BackupSigner } from './manifest';
export type { EntrySink, EntrySource } from './entries';
export type { BackupSecrets } from './file-key';
export { BackupError } from './errors';
export {
  BackupBusyError,
  BackupNewerSchemaError,
  BackupOtherSiteError,
  BackupPathError,
  BackupTargetExistsError,
} from './errors';
export { checkExportRequest, exportBackup } from './export-backup';
export type { ExportBackupDeps, ExportBackupRequest, ExportedBackup } from './export-backup';
export { describeVerified, requireBackupFile, verifyBackupFile } from './verify-backup';
export type { VerifiedBackup } from './verify-backup';
export { restoreIntoNewDataDir } from './restore-new-dir';
export type { RestoredDataDir, RestoreNewDirRequest } from './restore-new-dir';
export { activeBackupSigningKeyId, BACKUP_SIGNING_KEY_NAME, managedKeySigner, siteSignerThumbprints } from './managed-key-signer';
export { decodeKeyBundle, encodeKeyBundle, KEY_BUNDLE_ENTRY, KeyBundle, STORE_ENTRY } from './key-bundle';
export { createBackupService } from './backup.service';
export type { BackupJob, BackupService, BackupServiceDeps } from './backup.service';
export { restoreInPlace } from './restore-in-place';
export { nextRunAfter, SCHEDULED_NAME, scheduledFileName } from './schedule';

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

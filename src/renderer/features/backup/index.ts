// The backup feature (vault.manage): the Backups screen — export with progress and cancel, verify
// a file, restore in place, the schedule — and Home's card with the last backup and verification.
export { BackupScreen, type BackupScreenProps } from './components/BackupScreen';
export { BackupStatusCard } from './components/BackupStatusCard';
export { type BackupData, type BackupStore, initialBackupData, resetBackupStore, useBackupStore } from './store/backup.store';

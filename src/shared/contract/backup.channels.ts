// Owns the backup.* channels: export to a path the administrator types (progress + cancel), verify
// a file without restoring it, restore one of this site's own backups in place (safety copy, atomic
// switch), the scheduled-backup settings and the dashboard's last backup / last verification.
// Secrets cross inbound only and are never answered back.
import { z } from 'zod';
import { defineChannel } from './channel';
import { MAX_SECRET, secret } from './limits';
import { BackupPath, BackupProgress, BackupSchedule, BackupScheduleSettings, BackupStatus, BackupSummary, BackupVerification } from '../domain/backup';

/** A backup passphrase, the recovery code, or both: which secrets open (or will open) the file. */
const backupSecrets = {
  passphrase: secret().optional(),
  recoveryCode: secret().optional(),
};

export const backupChannels = {
  'backup.export': defineChannel({
    permission: 'vault.manage',
    input: z.strictObject({ path: BackupPath, ...backupSecrets }),
    output: z.strictObject({ file: z.string(), bytes: z.number().int().nonnegative(), createdAt: z.string(), summary: BackupSummary }),
    progress: BackupProgress,
    maxPayloadBytes: 2 * MAX_SECRET + 8192,
  }),
  'backup.verify': defineChannel({
    permission: 'vault.manage',
    input: z.strictObject({ path: BackupPath, ...backupSecrets }),
    output: BackupVerification,
    progress: BackupProgress,
    maxPayloadBytes: 2 * MAX_SECRET + 8192,
  }),
  /** Only a backup of this site (same derivation root); the current store is kept as a safety copy. */
  'backup.restore': defineChannel({
    permission: 'vault.manage',
    input: z.strictObject({ path: BackupPath, ...backupSecrets, confirm: z.literal('RESTORE') }),
    output: z.strictObject({ createdAt: z.string(), summary: BackupSummary, safetyCopy: z.string(), schemaFrom: z.number().int(), schemaTo: z.number().int() }),
    progress: BackupProgress,
    maxPayloadBytes: 2 * MAX_SECRET + 8192,
  }),
  'backup.status': defineChannel({ permission: 'vault.manage', input: z.strictObject({}), output: BackupStatus }),
  'backup.schedule.get': defineChannel({ permission: 'vault.manage', input: z.strictObject({}), output: BackupSchedule.nullable() }),
  /** passphrase: the schedule's backup passphrase (stored sealed); omit to keep the stored one. */
  'backup.schedule.set': defineChannel({
    permission: 'vault.manage',
    input: z.strictObject({ settings: BackupScheduleSettings, passphrase: secret().optional() }),
    output: BackupSchedule,
    maxPayloadBytes: MAX_SECRET + 8192,
  }),
};

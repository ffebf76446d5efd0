// Owns the shape of backups as every layer sees them: what a backup holds (its summary), the
// result of a verification, the records of the last backup and the last verification shown on the
// dashboard, and the scheduled-backup settings. No secret ever appears here.
import { z } from 'zod';

/** A full path typed by the administrator; main checks it (absolute, folder exists, …). */
export const BackupPath = z.string().trim().min(1).max(4096);

export const BackupSummary = z.strictObject({
  programs: z.number().int().nonnegative(),
  people: z.number().int().nonnegative(),
  assignments: z.number().int().nonnegative(),
});
export type BackupSummary = z.infer<typeof BackupSummary>;

export const BackupProgress = z.strictObject({
  phase: z.enum(['snapshot', 'writing', 'reading', 'switching']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type BackupProgress = z.infer<typeof BackupProgress>;

export const BackupVerification = z.strictObject({
  createdAt: z.string().max(40),
  createdBy: z.string().max(200),
  appVersion: z.string().max(40),
  schemaVersion: z.number().int().nonnegative(),
  summary: BackupSummary,
  signer: z.strictObject({ kid: z.string().max(200), thumbprint: z.string().max(100) }),
  /** The manifest was signed by one of this site's backup-signing keys. */
  signedByThisSite: z.boolean(),
  fileBytes: z.number().int().nonnegative(),
});
export type BackupVerification = z.infer<typeof BackupVerification>;

export const BackupRecord = z.strictObject({
  at: z.string().max(40),
  outcome: z.enum(['success', 'failure']),
  /** The error code of a failure. */
  code: z.string().max(64).nullable(),
  file: z.string().max(4096).nullable(),
  bytes: z.number().int().nonnegative().nullable(),
  scheduled: z.boolean(),
});
export type BackupRecord = z.infer<typeof BackupRecord>;

export const VerificationRecord = z.strictObject({
  at: z.string().max(40),
  outcome: z.enum(['success', 'failure']),
  code: z.string().max(64).nullable(),
  file: z.string().max(4096).nullable(),
  /** When the verified backup was made. */
  backupCreatedAt: z.string().max(40).nullable(),
});
export type VerificationRecord = z.infer<typeof VerificationRecord>;

export const BackupStatus = z.strictObject({
  lastBackup: BackupRecord.nullable(),
  lastVerification: VerificationRecord.nullable(),
  /** Kept apart: a failed attempt must not hide when a backup last verified. */
  lastSuccessfulVerification: VerificationRecord.nullable(),
  running: z.enum(['export', 'verify', 'restore']).nullable(),
});
export type BackupStatus = z.infer<typeof BackupStatus>;

export const BackupScheduleSettings = z.strictObject({
  enabled: z.boolean(),
  frequency: z.enum(['daily', 'weekly']),
  /** 0 = Sunday … 6 = Saturday; weekly only. */
  weekday: z.number().int().min(0).max(6),
  /** Local time of day, HH:MM. */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day as HH:MM'),
  folder: BackupPath,
  /** How many of this schedule's backups to keep; older ones it wrote are deleted. */
  keep: z.number().int().min(1).max(365),
});
export type BackupScheduleSettings = z.infer<typeof BackupScheduleSettings>;

export const BackupSchedule = BackupScheduleSettings.extend({
  /** A backup passphrase is stored (sealed) for this schedule. */
  hasPassphrase: z.boolean(),
  nextRunAt: z.string().max(40).nullable(),
});
export type BackupSchedule = z.infer<typeof BackupSchedule>;

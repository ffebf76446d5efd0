// Owns the scheduled-backup rules: when the next run is due (daily or weekly at a local time),
// which files a schedule wrote (by name, so pruning never touches anything else), and the stored
// schedule record — with its backup passphrase sealed under a vault-derived key
// (docs/security/backups.md), never in clear.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { BackupScheduleSettings } from '../../../shared/domain';

/** Names this schedule writes, and the only ones it ever deletes. */
export const SCHEDULED_NAME = /^resched-backup-\d{8}-\d{6}\.rsbk$/;

export function scheduledFileName(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `resched-backup-${at.getFullYear()}${p(at.getMonth() + 1)}${p(at.getDate())}-${p(at.getHours())}${p(at.getMinutes())}${p(at.getSeconds())}.rsbk`;
}

export const StoredSchedule = z.strictObject({
  settings: BackupScheduleSettings,
  /** AES-256-GCM: nonce(12) ‖ ciphertext ‖ tag(16), base64. */
  sealedPassphrase: z.string().max(2000).nullable(),
  /** The run the next one counts from (the last scheduled attempt, or when the schedule was set). */
  since: z.string().max(40),
});
export type StoredSchedule = z.infer<typeof StoredSchedule>;

/** The first time strictly after `since` matching the schedule's time (and weekday), local time. */
export function nextRunAfter(settings: Pick<BackupScheduleSettings, 'frequency' | 'weekday' | 'time'>, since: Date): Date {
  const [hh, mm] = settings.time.split(':').map(Number) as [number, number];
  const at = new Date(since.getFullYear(), since.getMonth(), since.getDate(), hh, mm, 0, 0);
  for (let i = 0; i < 8; i++) {
    if (at.getTime() > since.getTime() && (settings.frequency === 'daily' || at.getDay() === settings.weekday)) return at;
    at.setDate(at.getDate() + 1);
  }
  throw new Error('no next run within a week');
}

const AAD = Buffer.from('resched|scheduled-backup-passphrase|v1', 'utf8');

export function sealSchedulePassphrase(key: Buffer, passphrase: string): string {
  const nonce = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, nonce);
  c.setAAD(AAD);
  const body = Buffer.concat([c.update(passphrase, 'utf8'), c.final()]);
  return Buffer.concat([nonce, body, c.getAuthTag()]).toString('base64');
}

export function openSchedulePassphrase(key: Buffer, sealed: string): string {
  const raw = Buffer.from(sealed, 'base64');
  const d = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  d.setAAD(AAD);
  d.setAuthTag(raw.subarray(raw.length - 16));
  return Buffer.concat([d.update(raw.subarray(12, raw.length - 16)), d.final()]).toString('utf8');
}

// Owns SQL for backups: the counts a backup's manifest summarises (programs, people, block
// assignments) and the backup records kept in store_meta (schedule, last backup, last verification)
// as JSON the backup service validates.
import { one, type ReadableDb, run, type WritableDb } from '../db-access';
import { sql, type SqlQuery } from '../sql';

export const BACKUP_META_KEYS = {
  schedule: 'backup.schedule',
  lastBackup: 'backup.last_backup',
  lastVerification: 'backup.last_verification',
  lastSuccessfulVerification: 'backup.last_successful_verification',
} as const;
export type BackupMetaKey = (typeof BACKUP_META_KEYS)[keyof typeof BACKUP_META_KEYS];

/** What a backup's manifest counts, by table (the snapshot worker counts its copy with these). */
export const SUMMARY_TABLES = { programs: 'programs', people: 'people', assignments: 'block_assignments' } as const;
export type SummaryCounts = Record<keyof typeof SUMMARY_TABLES, number>;

export function storeSummaryCounts(db: ReadableDb): SummaryCounts {
  const count = (q: SqlQuery) => one<{ n: number }>(db, q)?.n ?? 0;
  return {
    programs: count(sql`SELECT COUNT(*) AS n FROM programs`),
    people: count(sql`SELECT COUNT(*) AS n FROM people`),
    assignments: count(sql`SELECT COUNT(*) AS n FROM block_assignments`),
  };
}

export const readBackupMeta = (db: ReadableDb, key: BackupMetaKey): string | null =>
  one<{ value: string }>(db, sql`SELECT value FROM store_meta WHERE key = ${key}`)?.value ?? null;

export const writeBackupMeta = (db: WritableDb, key: BackupMetaKey, value: string) =>
  run(db, sql`INSERT INTO store_meta (key, value) VALUES (${key}, ${value}) ON CONFLICT (key) DO UPDATE SET value = excluded.value`);

// Owns SQL over rotation_history and the key-encryption-key version record in store_meta.
import { all, one, type ReadableDb, run, type WritableDb } from '../db-access';
import { sql } from '../sql';

export interface RotationHistoryRow {
  id: string;
  type: string;
  program_id: string | null;
  old_fingerprint: string | null;
  new_fingerprint: string | null;
  reason: string;
  initiator: string;
  started_at: string;
  ended_at: string | null;
  grace_ends_at: string | null;
  status: 'running' | 'completed' | 'failed';
  error_code: string | null;
}

/** The store_meta key of the current KEK version record (docs/security/key-rotation.md §3). */
export const KEK_VERSION_META_KEY = 'kek.version';

export const insertRotation = (db: WritableDb, r: RotationHistoryRow) =>
  run(
    db,
    sql`INSERT INTO rotation_history (id, type, program_id, old_fingerprint, new_fingerprint, reason, initiator, started_at, ended_at, grace_ends_at, status, error_code)
        VALUES (${r.id}, ${r.type}, ${r.program_id}, ${r.old_fingerprint}, ${r.new_fingerprint}, ${r.reason}, ${r.initiator}, ${r.started_at}, ${r.ended_at}, ${r.grace_ends_at}, ${r.status}, ${r.error_code})`,
  );

export const finishRotation = (
  db: WritableDb,
  id: string,
  end: Pick<RotationHistoryRow, 'status' | 'ended_at' | 'old_fingerprint' | 'new_fingerprint' | 'grace_ends_at' | 'error_code'>,
) =>
  run(
    db,
    sql`UPDATE rotation_history SET status = ${end.status}, ended_at = ${end.ended_at}, old_fingerprint = coalesce(${end.old_fingerprint}, old_fingerprint),
        new_fingerprint = ${end.new_fingerprint}, grace_ends_at = ${end.grace_ends_at}, error_code = ${end.error_code}
        WHERE id = ${id} AND status = 'running'`,
  );

export const rotationRecordById = (db: ReadableDb, id: string) => one<RotationHistoryRow>(db, sql`SELECT * FROM rotation_history WHERE id = ${id}`);

export const rotationHistory = (db: ReadableDb, limit: number, type?: string) =>
  type === undefined
    ? all<RotationHistoryRow>(db, sql`SELECT * FROM rotation_history ORDER BY started_at DESC, rowid DESC LIMIT ${limit}`)
    : all<RotationHistoryRow>(db, sql`SELECT * FROM rotation_history WHERE type = ${type} ORDER BY started_at DESC, rowid DESC LIMIT ${limit}`);

export const lastCompletedRotation = (db: ReadableDb, type: string, programId: string | null) =>
  one<RotationHistoryRow>(
    db,
    sql`SELECT * FROM rotation_history WHERE type = ${type} AND program_id IS ${programId} AND status = 'completed'
        ORDER BY ended_at DESC, rowid DESC LIMIT 1`,
  );

export const rotationsInGrace = (db: ReadableDb, now: string) =>
  all<RotationHistoryRow>(db, sql`SELECT * FROM rotation_history WHERE status = 'completed' AND grace_ends_at > ${now} ORDER BY grace_ends_at`);

export const runningRotations = (db: ReadableDb) => all<RotationHistoryRow>(db, sql`SELECT * FROM rotation_history WHERE status = 'running'`);

export const readKekVersionRecord = (db: ReadableDb) =>
  one<{ value: string }>(db, sql`SELECT value FROM store_meta WHERE key = ${KEK_VERSION_META_KEY}`)?.value;

export const writeKekVersionRecord = (db: WritableDb, value: string) =>
  run(
    db,
    sql`INSERT INTO store_meta (key, value) VALUES (${KEK_VERSION_META_KEY}, ${value})
        ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );

/** When the store was created: the first migration's time, the baseline of secrets never rotated. */
export const storeCreatedAt = (db: ReadableDb) =>
  one<{ applied_at: string }>(db, sql`SELECT applied_at FROM schema_migrations ORDER BY version LIMIT 1`)?.applied_at;

// Owns SQL over the key_usage table: one row per use of a managed key, appended, read newest first.
import { all, type ReadableDb, run, type WritableDb } from '../db-access';
import { sql } from '../sql';

export interface KeyUsageRow {
  key_id: string;
  at: string;
  operation: string;
  outcome: string;
  caller: string;
  error_code: string | null;
}

export const insertKeyUsage = (db: WritableDb, r: KeyUsageRow) =>
  run(db, sql`INSERT INTO key_usage (key_id, at, operation, outcome, caller, error_code)
              VALUES (${r.key_id}, ${r.at}, ${r.operation}, ${r.outcome}, ${r.caller}, ${r.error_code})`);

export const keyUsageOf = (db: ReadableDb, keyId: string, limit: number) =>
  all<KeyUsageRow>(db, sql`SELECT key_id, at, operation, outcome, caller, error_code FROM key_usage WHERE key_id = ${keyId} ORDER BY id DESC LIMIT ${limit}`);

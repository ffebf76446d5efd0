// Owns the record of the system scope's current data-key version in store_meta: the key users'
// display names are sealed under, as programs.data_key_version is for a program's fields. No
// record means version 1 (every store before the first system-key rotation).
import { one, type ReadableDb, run, type WritableDb } from '../db-access';
import { sql } from '../sql';

export const SYSTEM_KEY_VERSION_META_KEY = 'system.data_key_version';

export const readSystemKeyVersion = (db: ReadableDb): number => {
  const v = one<{ value: string }>(db, sql`SELECT value FROM store_meta WHERE key = ${SYSTEM_KEY_VERSION_META_KEY}`)?.value;
  return v === undefined ? 1 : Number(v);
};

/** Moves the version from `from` to `from + 1`; answers false (nothing written) if it was not `from`. */
export function bumpSystemKeyVersion(db: WritableDb, from: number): boolean {
  if (readSystemKeyVersion(db) !== from) return false;
  run(
    db,
    sql`INSERT INTO store_meta (key, value) VALUES (${SYSTEM_KEY_VERSION_META_KEY}, ${String(from + 1)})
        ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );
  return true;
}

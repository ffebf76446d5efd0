// Owns the on-disk record of which database key opens the store, readable before the store is
// opened: store-key.json beside store.db (docs/security/database-rekey.md §2).
//   { "format": "resched-database-key", "formatVersion": 1, "current": 2, "pending": null }
// `current` is the database-key version (key = vault.derive('databaseKey', databaseKeyContext(v))).
// While a rekey runs, `pending` is { "to": 3, "startedAt": "…" }: the store opens with exactly one
// of `current` and `to`, and settleDatabaseKeyVersion() finds out which after a crash. No file means
// version 1 (every store made before rekeying existed). The file holds no secret; altering it can
// only make the store refuse to open (both named keys fail), never open with a wrong key.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../atomic-file';
import { StoreKeyStateInvalidError } from './errors';

export const DATABASE_KEY_STATE_FILE = 'store-key.json';
const FORMAT = 'resched-database-key';

const Version = z.number().int().min(1).max(0xffff_ffff);
const DatabaseKeyStateFile = z.strictObject({
  format: z.literal(FORMAT),
  formatVersion: z.literal(1),
  current: Version,
  pending: z.strictObject({ to: Version, startedAt: z.string().max(40) }).nullable(),
});

export interface DatabaseKeyState {
  current: number;
  pending: { to: number; startedAt: string } | null;
}

/**
 * The HKDF context of database-key version `v`. Version 1 has none, so stores created before
 * versioning keep the key they were made with.
 * @example const key = vault.derive('databaseKey', databaseKeyContext(2)); // context 'v2'
 */
export function databaseKeyContext(version: number): string | undefined {
  Version.parse(version);
  return version === 1 ? undefined : `v${version}`;
}

export const databaseKeyStateFile = (dataDir: string) => path.join(dataDir, DATABASE_KEY_STATE_FILE);

export function readDatabaseKeyState(dataDir: string): DatabaseKeyState {
  let text: string;
  try {
    text = readFileSync(databaseKeyStateFile(dataDir), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { current: 1, pending: null };
    throw e;
  }
  let parsed: z.infer<typeof DatabaseKeyStateFile>;
  try {
    parsed = DatabaseKeyStateFile.parse(JSON.parse(text));
  } catch (cause) {
    throw new StoreKeyStateInvalidError(`${DATABASE_KEY_STATE_FILE} is not a valid database-key record`, { cause });
  }
  if (parsed.pending && parsed.pending.to <= parsed.current) {
    throw new StoreKeyStateInvalidError(`${DATABASE_KEY_STATE_FILE}: pending version is not newer than the current one`);
  }
  return { current: parsed.current, pending: parsed.pending };
}

/** Replaces the record atomically and durably (fsync of file and folder). */
export function writeDatabaseKeyState(dataDir: string, state: DatabaseKeyState): Promise<void> {
  const body = DatabaseKeyStateFile.parse({ format: FORMAT, formatVersion: 1, ...state });
  return writeFileAtomic(databaseKeyStateFile(dataDir), `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600 });
}

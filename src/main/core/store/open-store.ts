// Owns opening the encrypted database: key pragma first (raw 32-byte key), a read that proves
// the key, then WAL, foreign keys, durability and cache. The cipher and settings are justified in
// docs/security/storage.md.
import { closeSync, openSync } from 'node:fs';
import Database, { type Database as Db } from 'better-sqlite3-multiple-ciphers';
import { CryptoInputError } from '../crypto';
import { StoreKeyMismatchError } from './errors';

export const STORE_FILE_NAME = 'store.db';
/** SQLite3MultipleCiphers' cipher for new stores (see docs/security/storage.md). */
export const STORE_CIPHER = 'aegis';

export interface OpenStoreOptions {
  readonly?: boolean;
  /** Cache in KiB; large caches keep encrypted point reads near plain speed (TOOLCHAIN.md). */
  cacheKib?: number;
}

export function openStore(file: string, key: Uint8Array, opts: OpenStoreOptions = {}): Db {
  if (!(key instanceof Uint8Array) || key.length !== 32) throw new CryptoInputError('store key: expected 32 bytes');
  // Create the file owner-only first: SQLite gives its -wal and -shm files the same mode.
  if (!opts.readonly) closeSync(openSync(file, 'a', 0o600));
  const db = new Database(file, { readonly: opts.readonly ?? false });
  try {
    db.pragma(`cipher = '${STORE_CIPHER}'`);
    // The key is hex of random bytes; nothing user-controlled is ever interpolated here.
    db.pragma(`key = "x'${Buffer.from(key).toString('hex')}'"`);
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_NOTADB') throw new StoreKeyMismatchError({ cause: e });
      throw e;
    }
    if (!opts.readonly) {
      db.pragma('journal_mode = WAL');
      // FULL: a commit reported to the user survives power loss; WAL keeps it cheap.
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma(`cache_size = -${Math.floor(opts.cacheKib ?? 64 * 1024)}`);
    db.pragma('temp_store = MEMORY');
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

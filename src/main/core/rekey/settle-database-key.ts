// Owns answering "which database-key version opens the store?" before the store is opened, and
// finishing the bookkeeping of a rekey a crash interrupted. The rekey replaces store.db in one
// rename, so the file is always wholly under one key: with a rekey pending, the recorded current
// key is tried first, then the pending one; whichever opens becomes the record, and a half-made
// copy is deleted. Call it before every open (workstation does).
import { existsSync } from 'node:fs';
import { openStore, StoreKeyMismatchError } from '../store';
import { readDatabaseKeyState, writeDatabaseKeyState } from './database-key-state';
import { DatabaseKeyStateError, StoreKeyStateInvalidError } from './errors';
import { rekeyCopyOf, removeDatabaseFiles, storeFileOf } from './internal/store-files';

/** A fresh database key for a version; the caller's copy is zeroed after use. */
export type DatabaseKeyFor = (version: number) => Buffer;

/**
 * @example
 * const version = await settleDatabaseKeyVersion(dataDir, (v) => vault.derive('databaseKey', databaseKeyContext(v)));
 */
export async function settleDatabaseKeyVersion(dataDir: string, keyFor: DatabaseKeyFor): Promise<number> {
  const state = readDatabaseKeyState(dataDir);
  if (!state.pending) {
    removeDatabaseFiles(rekeyCopyOf(dataDir));
    return state.current;
  }
  const file = storeFileOf(dataDir);
  if (!existsSync(file)) throw new StoreKeyStateInvalidError('a rekey is recorded as pending but the store file is missing');
  const opensWith = (version: number): boolean => {
    const key = keyFor(version);
    try {
      openStore(file, key).close();
      return true;
    } catch (e) {
      if (e instanceof StoreKeyMismatchError) return false;
      throw e;
    } finally {
      key.fill(0);
    }
  };
  const version = opensWith(state.current) ? state.current : opensWith(state.pending.to) ? state.pending.to : null;
  if (version === null) throw new DatabaseKeyStateError(`the store opens with neither database-key version ${state.current} nor ${state.pending.to}`);
  removeDatabaseFiles(rekeyCopyOf(dataDir));
  await writeDatabaseKeyState(dataDir, { current: version, pending: null });
  return version;
}

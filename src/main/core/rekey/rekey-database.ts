// Owns re-keying the whole database (PRAGMA rekey) without a moment at which a crash could leave
// it unopenable. The store must be closed (workstation.rekeyDatabase closes and reopens it).
//   1. settle any earlier interrupted rekey; record { current: old, pending: { to: new } };
//   2. in a worker: a verified copy under the new key (internal/rekey-worker.ts);
//   3. fsync the copy, make sure the store left no WAL behind, rename the copy over store.db
//      (atomic), fsync the folder: from here the store opens only with the new key;
//   4. record { current: new, pending: null }.
// A crash before 3 leaves the old store and a stray copy; after 3, the new store with the record
// still naming both: either way settleDatabaseKeyVersion() finds the one key that opens it.
import { closeSync, constants, existsSync, fsyncSync, openSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { writeDatabaseKeyState } from './database-key-state';
import { RekeyCancelledError, RekeyFailedError } from './errors';
import { makeRekeyedCopy } from './internal/rekey-worker';
import { rekeyCopyOf, removeDatabaseFiles, removeSidecars, storeFileOf } from './internal/store-files';
import { type DatabaseKeyFor, settleDatabaseKeyVersion } from './settle-database-key';

export interface RekeyResult {
  fromVersion: number;
  toVersion: number;
  ms: number;
}

function fsyncPath(p: string, flags = constants.O_RDONLY): void {
  const fd = openSync(p, flags);
  try {
    fsyncSync(fd);
  } catch (e) {
    // Some filesystems refuse fsync on a directory; the file fsyncs above still hold.
    if (flags !== constants.O_RDONLY || !statSync(p).isDirectory()) throw e;
  } finally {
    closeSync(fd);
  }
}

/**
 * @example
 * await rekeyDatabase({ dataDir, toVersion: 2, keyFor: (v) => vault.derive('databaseKey', databaseKeyContext(v)) });
 */
export async function rekeyDatabase(opts: {
  dataDir: string;
  toVersion: number;
  keyFor: DatabaseKeyFor;
  /** Honoured until the rename; after it the rekey has happened. */
  signal?: AbortSignal | undefined;
}): Promise<RekeyResult> {
  const t0 = performance.now();
  if (opts.signal?.aborted) throw new RekeyCancelledError();
  const fromVersion = await settleDatabaseKeyVersion(opts.dataDir, opts.keyFor);
  if (!Number.isInteger(opts.toVersion) || opts.toVersion <= fromVersion) {
    throw new RekeyFailedError(`database-key version ${opts.toVersion} is not newer than the current ${fromVersion}`);
  }
  const file = storeFileOf(opts.dataDir);
  const copy = rekeyCopyOf(opts.dataDir);
  if (!existsSync(file)) throw new RekeyFailedError('there is no store to re-key');
  await writeDatabaseKeyState(opts.dataDir, { current: fromVersion, pending: { to: opts.toVersion, startedAt: new Date().toISOString() } });
  const oldKey = opts.keyFor(fromVersion);
  const newKey = opts.keyFor(opts.toVersion);
  try {
    removeDatabaseFiles(copy);
    const problem = await makeRekeyedCopy({ file, copy, oldKey, newKey });
    if (problem !== null) throw new RekeyFailedError(problem);
    if (opts.signal?.aborted) throw new RekeyCancelledError();
    fsyncPath(copy, constants.O_RDWR);
    // A WAL or journal left beside store.db would be replayed into the new file: there must be
    // none with content (the worker checkpointed and closed; anything now is another connection).
    for (const suffix of ['-wal', '-journal']) {
      if (existsSync(file + suffix) && statSync(file + suffix).size > 0) throw new RekeyFailedError(`the store is still open (it has a ${suffix.slice(1)})`);
    }
    removeSidecars(file);
  } catch (e) {
    removeDatabaseFiles(copy);
    await writeDatabaseKeyState(opts.dataDir, { current: fromVersion, pending: null });
    throw e instanceof RekeyFailedError || e instanceof RekeyCancelledError ? e : new RekeyFailedError('rekey failed before the store was replaced', { cause: e });
  } finally {
    oldKey.fill(0);
    newKey.fill(0);
  }
  renameSync(copy, file);
  fsyncPath(path.dirname(file));
  await writeDatabaseKeyState(opts.dataDir, { current: opts.toVersion, pending: null });
  return { fromVersion, toVersion: opts.toVersion, ms: performance.now() - t0 };
}

// Owns one data directory as a whole: the vault and the encrypted store opened and closed together.
// The store is open exactly while the vault is unlocked; locking closes it and forgets the key.
import { existsSync, linkSync, mkdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Logger } from '../log';
import { CodedError } from '../errors';
import { lockDataDir } from './data-dir-lock';
import { databaseKeyContext, readDatabaseKeyState, rekeyDatabase, settleDatabaseKeyVersion, writeDatabaseKeyState } from '../rekey';
import {
  asReadable,
  asWritable,
  checkIntegrity,
  closedUncleanly,
  LATEST_SCHEMA_VERSION,
  markClosed,
  markOpen,
  migrate,
  openStore,
  type ReadableDb,
  STORE_FILE_NAME,
  StoreCorruptError,
  type WritableDb,
} from '../store';
import { createVault, type KeychainBackend, type UnlockRequest, type Vault, VaultLockedError } from '../vault';

export interface WorkstationOptions {
  dataDir: string;
  keychain: KeychainBackend | null;
  log: Logger;
  appVersion: string;
  pbkdf2Iterations?: number;
  /** Take the data-folder lock (default). Read-only inspection (status, unlock-check) does not. */
  exclusive?: boolean;
}

export interface Workstation {
  readonly dataDir: string;
  readonly vault: Vault;
  setup(req: { useKeychain: boolean; passphrase?: string | undefined }): Promise<{ recoveryCode: string }>;
  unlock(req: UnlockRequest): Promise<void>;
  lock(): void;
  /** The open store; throws VaultLockedError while locked. */
  db(): Database;
  reader(): ReadableDb;
  writer(): WritableDb;
  /** Lock and let go of the data folder (other processes may use it afterwards). */
  close(): void;
  /** The database-key version the open store is keyed with (store-key.json; 1 before any rekey). */
  databaseKeyVersion(): number;
  /**
   * Re-keys the store under the next database-key version (core/rekey): the store is closed for
   * the duration (reader()/writer() throw ERR_VAULT_LOCKED meanwhile) and reopened afterwards,
   * under the new key on success and the old one on failure or cancel.
   */
  rekeyDatabase(req?: { signal?: AbortSignal | undefined; fingerprint?: (key: Uint8Array) => string }): Promise<{
    fromVersion: number;
    toVersion: number;
    oldFingerprint: string;
    newFingerprint: string;
  }>;
  schemaVersion(): number;
  /**
   * Swaps in a verified store file (an in-app restore): the open store is closed and kept as
   * `safetyCopy`, `staged` is renamed to store.db, and the store reopens (migrating it). If it does
   * not open, the safety copy is put back and the old store reopens; the error is rethrown.
   */
  replaceStore(req: { staged: string; databaseKeyVersion: number; safetyCopy: string }): Promise<void>;
}

export function createWorkstation(opts: WorkstationOptions): Workstation {
  mkdirSync(opts.dataDir, { recursive: true, mode: 0o700 });
  const releaseDir = opts.exclusive === false ? () => undefined : lockDataDir(opts.dataDir);
  const storeFile = path.join(opts.dataDir, STORE_FILE_NAME);
  const vault = createVault({
    dataDir: opts.dataDir,
    keychain: opts.keychain,
    log: opts.log,
    pbkdf2Iterations: opts.pbkdf2Iterations,
    dataFiles: [STORE_FILE_NAME],
  });
  const log = opts.log.child('workstation');
  let db: Database | null = null;
  let keyVersion = 1;
  const keyFor = (version: number) => vault.derive('databaseKey', databaseKeyContext(version));

  async function openDb(): Promise<void> {
    if (db) return;
    // Which key opens the store is recorded beside it; this also settles a rekey a crash interrupted.
    keyVersion = await settleDatabaseKeyVersion(opts.dataDir, keyFor);
    const key = keyFor(keyVersion);
    try {
      if (existsSync(storeFile) && closedUncleanly(storeFile)) {
        log.warn('store was not closed cleanly: checking integrity');
        const problems = await checkIntegrity(storeFile, key);
        // The marker stays: every later open re-checks until the store is restored or passes.
        if (problems.length) throw new StoreCorruptError(problems);
        log.info('integrity check passed');
      }
      const opened = openStore(storeFile, key);
      try {
        const { from, to } = migrate(opened, opts.appVersion);
        if (from !== to) log.info('store migrated', { from, to });
      } catch (e) {
        opened.close();
        throw e;
      }
      db = opened;
      markOpen(storeFile);
    } finally {
      key.fill(0);
    }
  }

  function closeDb(): void {
    if (!db) return;
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
      db = null;
      markClosed(storeFile);
    }
  }

  // However the vault gets locked (IPC, idle timer, OS lock screen), the store follows.
  vault.onLockChange((unlocked) => {
    if (!unlocked) closeDb();
  });

  async function afterUnlock(): Promise<void> {
    try {
      await openDb();
    } catch (e) {
      vault.lock();
      throw e;
    }
  }

  return {
    dataDir: opts.dataDir,
    vault,
    async setup(req) {
      const result = await vault.setup(req);
      await afterUnlock();
      return result;
    },
    async unlock(req) {
      await vault.unlock(req);
      await afterUnlock();
    },
    lock: () => vault.lock(),
    close() {
      vault.lock();
      releaseDir();
    },
    db() {
      if (!db) throw new VaultLockedError();
      return db;
    },
    reader() {
      return asReadable(this.db());
    },
    writer() {
      return asWritable(this.db());
    },
    schemaVersion: () => (db ? (db.pragma('user_version', { simple: true }) as number) : LATEST_SCHEMA_VERSION),
    databaseKeyVersion: () => keyVersion,
    async replaceStore(req) {
      if (!db) throw new VaultLockedError();
      const before = readDatabaseKeyState(opts.dataDir);
      closeDb();
      // A clean close checkpoints and removes the WAL; one left behind would be replayed onto the
      // restored file, so the switch is refused and the store reopened as it was.
      const wal = `${storeFile}-wal`;
      if (existsSync(wal) && statSync(wal).size > 0) {
        await openDb();
        throw new CodedError('ERR_INTERNAL', 'the store kept un-checkpointed changes; the restore was not switched in');
      }
      // The safety copy is a hard link, so store.db never goes missing, and one rename swaps the
      // restored file in atomically: a crash leaves either the old store or the new one.
      linkSync(storeFile, req.safetyCopy);
      let swapped = false;
      try {
        renameSync(req.staged, storeFile);
        swapped = true;
        if (req.databaseKeyVersion !== before.current) await writeDatabaseKeyState(opts.dataDir, { current: req.databaseKeyVersion, pending: null });
        await openDb();
        log.info('store replaced from a backup');
      } catch (e) {
        closeDb();
        if (swapped) renameSync(req.safetyCopy, storeFile);
        else unlinkSync(req.safetyCopy);
        if (req.databaseKeyVersion !== before.current) await writeDatabaseKeyState(opts.dataDir, before);
        if (vault.isUnlocked()) await openDb();
        throw e;
      }
    },
    async rekeyDatabase(req = {}) {
      if (!db) throw new VaultLockedError();
      const fromVersion = keyVersion;
      const fingerprint = (version: number) => {
        const key = keyFor(version);
        try {
          return req.fingerprint ? req.fingerprint(key) : '';
        } finally {
          key.fill(0);
        }
      };
      closeDb();
      try {
        const r = await rekeyDatabase({ dataDir: opts.dataDir, toVersion: fromVersion + 1, keyFor, signal: req.signal });
        log.info('database re-keyed', { fromVersion: r.fromVersion, toVersion: r.toVersion, ms: Math.round(r.ms) });
        return { fromVersion: r.fromVersion, toVersion: r.toVersion, oldFingerprint: fingerprint(r.fromVersion), newFingerprint: fingerprint(r.toVersion) };
      } finally {
        if (vault.isUnlocked()) await afterUnlock();
      }
    },
  };
}

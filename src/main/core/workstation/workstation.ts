// Owns one data directory as a whole: the vault and the encrypted store opened and closed together.
// The store is open exactly while the vault is unlocked; locking closes it and forgets the key.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Logger } from '../log';
import { lockDataDir } from './data-dir-lock';
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
  schemaVersion(): number;
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

  async function openDb(): Promise<void> {
    if (db) return;
    const key = vault.derive('databaseKey');
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
  };
}

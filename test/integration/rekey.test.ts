// Re-keying the database (PRAGMA rekey on a verified copy, then one rename): afterwards the store
// opens with the new key only, and store-key.json says which version that is. A crash at any
// moment leaves a store that opens with exactly one of the two keys, and the next open finds it.
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveKey } from '../../src/main/core/crypto';
import { createMemoryLogger } from '../../src/main/core/log';
import {
  DATABASE_KEY_STATE_FILE,
  databaseKeyContext,
  readDatabaseKeyState,
  rekeyDatabase,
  settleDatabaseKeyVersion,
} from '../../src/main/core/rekey';
import { migrate, openStore, STORE_FILE_NAME } from '../../src/main/core/store';
import { createWorkstation } from '../../src/main/core/workstation';
import { bundleTsChild } from '../support/crash-child/bundle-ts-child';
import { type CrashHarnessStats, runCrashHarness } from '../support/crash-harness';
import { useTempDirs } from '../support/temp-dir';

const KILLS = Number(process.env['RESCHED_REKEY_KILLS'] ?? 30);
const ROWS = 2000;
const tempDir = useTempDirs();

const mk = randomBytes(32);
const salt = randomBytes(16);
const keyFor = (v: number) => deriveKey(mk, salt, 'databaseKey', databaseKeyContext(v));

/** A data folder with a migrated store under database-key version 1 and ROWS probe rows. */
function dataDir(): string {
  const dir = tempDir();
  const db = openStore(path.join(dir, STORE_FILE_NAME), keyFor(1));
  migrate(db, 'test');
  db.exec('CREATE TABLE probe (id INTEGER PRIMARY KEY, payload BLOB NOT NULL)');
  const insert = db.prepare('INSERT INTO probe (payload) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < ROWS; i++) insert.run(Buffer.alloc(100, i % 251));
  })();
  db.close();
  return dir;
}

/** 'opened' or the error code a key gets. */
function tryKey(dir: string, version: number): string {
  try {
    openStore(path.join(dir, STORE_FILE_NAME), keyFor(version), { readonly: true }).close();
    return 'opened';
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}

function probeRows(dir: string, version: number): number {
  const db = openStore(path.join(dir, STORE_FILE_NAME), keyFor(version));
  try {
    const bad = db.prepare('SELECT count(*) FROM probe WHERE length(payload) != 100').pluck().get() as number;
    if (bad !== 0) throw new Error(`${bad} damaged rows`);
    return db.prepare('SELECT count(*) FROM probe').pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('rekeying the database', () => {
  it('reopens with the new key, holding every row, and records the new version', async () => {
    const dir = dataDir();
    const result = await rekeyDatabase({ dataDir: dir, toVersion: 2, keyFor });
    expect(result).toMatchObject({ fromVersion: 1, toVersion: 2 });
    expect(probeRows(dir, 2)).toBe(ROWS);
    expect(readDatabaseKeyState(dir)).toEqual({ current: 2, pending: null });
  });

  it('refuses the old key afterwards with ERR_STORE_KEY_MISMATCH', async () => {
    const dir = dataDir();
    await rekeyDatabase({ dataDir: dir, toVersion: 2, keyFor });
    expect(tryKey(dir, 1)).toBe('ERR_STORE_KEY_MISMATCH');
    expect(tryKey(dir, 2)).toBe('opened');
  });

  it('leaves no plaintext header, copy or journal beside the store', async () => {
    const dir = dataDir();
    await rekeyDatabase({ dataDir: dir, toVersion: 2, keyFor });
    const file = path.join(dir, STORE_FILE_NAME);
    expect(readFileSync(file).includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(['.rekey', '-journal', '-wal'].filter((s) => existsSync(file + s))).toEqual([]);
  });

  it('refuses a version that is not newer, changing nothing', async () => {
    const dir = dataDir();
    await expect(rekeyDatabase({ dataDir: dir, toVersion: 1, keyFor })).rejects.toMatchObject({ code: 'ERR_REKEY_FAILED' });
    expect(tryKey(dir, 1)).toBe('opened');
    expect(readDatabaseKeyState(dir)).toEqual({ current: 1, pending: null });
  });

  it('refuses while another connection still holds the store, and the old key still opens it with every row', async () => {
    const dir = dataDir();
    const other = openStore(path.join(dir, STORE_FILE_NAME), keyFor(1));
    other.pragma('wal_autocheckpoint = 0');
    other.exec('INSERT INTO probe (payload) VALUES (zeroblob(100))');
    // An open read transaction keeps the WAL from being checkpointed away.
    other.exec('BEGIN');
    other.prepare('SELECT count(*) FROM probe').get();
    try {
      await expect(rekeyDatabase({ dataDir: dir, toVersion: 2, keyFor })).rejects.toMatchObject({ code: 'ERR_REKEY_FAILED' });
    } finally {
      other.exec('COMMIT');
      other.close();
    }
    expect(readDatabaseKeyState(dir)).toEqual({ current: 1, pending: null });
    expect(probeRows(dir, 1)).toBe(ROWS + 1);
  });

  it('is cancelled before it starts by an aborted signal, changing nothing', async () => {
    const dir = dataDir();
    await expect(rekeyDatabase({ dataDir: dir, toVersion: 2, keyFor, signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'ERR_CANCELLED' });
    expect(tryKey(dir, 1)).toBe('opened');
  });
});

describe('the record of the database-key version after a crash', () => {
  it('settles on the old key when the crash came before the copy replaced the store', async () => {
    const dir = dataDir();
    writeFileSync(path.join(dir, DATABASE_KEY_STATE_FILE), JSON.stringify({ format: 'resched-database-key', formatVersion: 1, current: 1, pending: { to: 2, startedAt: 'x' } }));
    writeFileSync(path.join(dir, `${STORE_FILE_NAME}.rekey`), randomBytes(4096)); // a half-written copy
    expect(await settleDatabaseKeyVersion(dir, keyFor)).toBe(1);
    expect(readDatabaseKeyState(dir)).toEqual({ current: 1, pending: null });
    expect(existsSync(path.join(dir, `${STORE_FILE_NAME}.rekey`))).toBe(false);
  });

  it('settles on the new key when the crash came after the rename but before the record', async () => {
    const dir = dataDir();
    const other = dataDir();
    await rekeyDatabase({ dataDir: other, toVersion: 2, keyFor });
    copyFileSync(path.join(other, STORE_FILE_NAME), path.join(dir, STORE_FILE_NAME));
    writeFileSync(path.join(dir, DATABASE_KEY_STATE_FILE), JSON.stringify({ format: 'resched-database-key', formatVersion: 1, current: 1, pending: { to: 2, startedAt: 'x' } }));
    expect(await settleDatabaseKeyVersion(dir, keyFor)).toBe(2);
    expect(readDatabaseKeyState(dir)).toEqual({ current: 2, pending: null });
  });

  it('refuses a store that opens with neither recorded key, changing nothing', async () => {
    const dir = dataDir();
    const state = JSON.stringify({ format: 'resched-database-key', formatVersion: 1, current: 3, pending: { to: 4, startedAt: 'x' } });
    writeFileSync(path.join(dir, DATABASE_KEY_STATE_FILE), state);
    await expect(settleDatabaseKeyVersion(dir, keyFor)).rejects.toMatchObject({ code: 'ERR_STORE_KEY_MISMATCH' });
    expect(readFileSync(path.join(dir, DATABASE_KEY_STATE_FILE), 'utf8')).toBe(state);
  });

  it('refuses a record that is not valid, without guessing', async () => {
    const dir = dataDir();
    writeFileSync(path.join(dir, DATABASE_KEY_STATE_FILE), '{"current": "two"}');
    await expect(settleDatabaseKeyVersion(dir, keyFor)).rejects.toMatchObject({ code: 'ERR_STORE_KEY_STATE_INVALID' });
    expect(tryKey(dir, 1)).toBe('opened');
  });
});

describe('the workstation', () => {
  it('rekeys its open store, keeps serving it, and opens it with the new version after a lock', async () => {
    const dir = tempDir();
    const { logger } = createMemoryLogger();
    const ws = createWorkstation({ dataDir: dir, keychain: null, log: logger, appVersion: 'test' });
    const passphrase = 'orbit lantern quietly marching seventy';
    try {
      await ws.setup({ useKeychain: false, passphrase });
      ws.db().exec("CREATE TABLE note (v TEXT); INSERT INTO note VALUES ('kept')");
      const oldKey = ws.vault.derive('databaseKey');
      const r = await ws.rekeyDatabase({ fingerprint: (k) => Buffer.from(k).subarray(0, 4).toString('hex') });
      expect(r).toMatchObject({ fromVersion: 1, toVersion: 2, oldFingerprint: oldKey.subarray(0, 4).toString('hex') });
      expect(r.newFingerprint).not.toBe(r.oldFingerprint);
      expect(ws.databaseKeyVersion()).toBe(2);
      expect(ws.db().prepare('SELECT v FROM note').pluck().get()).toBe('kept');
      ws.lock();
      await ws.unlock({ method: 'passphrase', passphrase });
      expect(ws.databaseKeyVersion()).toBe(2);
      expect(ws.db().prepare('SELECT v FROM note').pluck().get()).toBe('kept');
      ws.lock();
      let code = 'opened';
      try {
        openStore(path.join(dir, STORE_FILE_NAME), oldKey).close();
      } catch (e) {
        code = (e as { code: string }).code;
      }
      expect(code).toBe('ERR_STORE_KEY_MISMATCH');
    } finally {
      ws.close();
    }
  }, 30_000);
});

describe(`a rekey, SIGKILLed ${KILLS} times`, () => {
  interface Check {
    iteration: number;
    /** Keys among the record's current and pending versions that open the store as the kill left it. */
    opening: number[];
    pending: boolean;
    settled: number;
    /** The newest version the child reported as committed so far. */
    reported: number;
    rows: number | string;
    previousKey: string;
  }
  const checks: Check[] = [];
  let stats: CrashHarnessStats;

  beforeAll(async () => {
    const child = await bundleTsChild('key-rotation-loop');
    const dir = dataDir();
    stats = await runCrashHarness({
      childScript: child,
      childArgs: ['rekey', dir, mk.toString('hex'), salt.toString('hex')],
      kills: KILLS,
      // A rekey of this store takes a few hundred ms here: kills land before, inside and between them.
      minRunMs: 0,
      maxRunMs: 1500,
      prestart: true,
      verify: async (ctx) => {
        const state = readDatabaseKeyState(dir);
        const candidates = state.pending ? [state.current, state.pending.to] : [state.current];
        const opening = candidates.filter((v) => tryKey(dir, v) === 'opened');
        const settled = await settleDatabaseKeyVersion(dir, keyFor);
        let rows: number | string;
        try {
          rows = probeRows(dir, settled);
        } catch (e) {
          rows = String(e);
        }
        checks.push({
          iteration: ctx.iteration,
          opening,
          pending: state.pending !== null,
          settled,
          reported: Math.max(1, ...[...ctx.reported].map(Number)),
          rows,
          previousKey: settled > 1 ? tryKey(dir, settled - 1) : 'ERR_STORE_KEY_MISMATCH',
        });
      },
    });
    console.info(`rekey crash: ${stats.kills} kills in ${stats.runs} runs, ${stats.commits} rekeys completed, ${(stats.totalMs / 1000).toFixed(1)} s`);
  }, 600_000);

  it('was killed the requested number of times, often while a rekey was pending', () => {
    expect(stats.kills).toBeGreaterThanOrEqual(KILLS);
    expect(checks.filter((c) => c.pending).length).toBeGreaterThanOrEqual(Math.ceil(KILLS / 4));
    expect(stats.commits).toBeGreaterThan(0);
  });

  it('left a store that opens with exactly one of the recorded keys after every kill', () => {
    expect(checks.filter((c) => c.opening.length !== 1).map(({ iteration, opening }) => ({ iteration, opening }))).toEqual([]);
  });

  it('settles on the key that opens it, never behind a reported rekey, with every row intact', () => {
    const bad = checks.filter((c) => c.settled !== c.opening[0] || c.settled < c.reported || c.rows !== ROWS);
    expect(bad).toEqual([]);
  });

  it('refuses the previous key after every kill', () => {
    expect(checks.filter((c) => c.previousKey !== 'ERR_STORE_KEY_MISMATCH').map(({ iteration, previousKey }) => ({ iteration, previousKey }))).toEqual([]);
  });
});

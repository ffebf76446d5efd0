// Owns taking a consistent snapshot of the encrypted store with `VACUUM INTO` (DESIGN.md §4: never
// db.backup(), which fails on encrypted sources, nor serialize(), which returns plaintext). The copy
// is encrypted under the same key by SQLite3MultipleCiphers; it is taken in a worker with its own
// read-only keyed connection, because on a large store it takes seconds and the main loop must not
// stall. WAL readers see the last committed state, so the app stays usable meanwhile.
import { closeSync, existsSync, openSync, readSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { CodedError } from '../errors';
import { STORE_CIPHER } from './open-store';
import { SUMMARY_TABLES, type SummaryCounts } from './queries/backup-state';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  db.pragma("cipher = '" + workerData.cipher + "'");
  db.pragma('key = "x\\'' + workerData.keyHex + '\\'"');
  db.prepare('VACUUM INTO ?').run(workerData.out);
  db.close();
  db = undefined;
  // The counts a manifest states come from the copy itself, not the live store: rows written while
  // the snapshot ran must not make a backup that verifies but fails its restore check.
  const copy = new Database(workerData.out, { readonly: true, fileMustExist: true });
  try {
    copy.pragma("cipher = '" + workerData.cipher + "'");
    copy.pragma('key = "x\\'' + workerData.keyHex + '\\'"');
    const counts = {};
    for (const [name, table] of Object.entries(workerData.countTables)) {
      const exists = copy.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
      counts[name] = exists ? copy.prepare('SELECT COUNT(*) AS n FROM "' + table + '"').get().n : 0;
    }
    parentPort.postMessage({ ok: true, counts });
  } finally {
    copy.close();
  }
} catch (e) {
  parentPort.postMessage({ error: String(e && e.message || e) });
} finally {
  if (db) db.close();
}
`;

/** True when a file starts like a plaintext SQLite database (the copy must never). */
export function looksLikePlainSqlite(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    readSync(fd, head, 0, 16, 0);
    return head.toString('latin1') === 'SQLite format 3\0';
  } finally {
    closeSync(fd);
  }
}

/** Writes an encrypted copy of the store to `out` (which must not exist) off the main thread; answers the copy's summary counts. */
export async function snapshotStore(storeFile: string, key: Uint8Array, out: string): Promise<SummaryCounts> {
  // Refused before anything runs: the clean-up below must only ever remove a file this call made.
  if (existsSync(out)) throw new CodedError('ERR_INTERNAL', 'snapshot target already exists');
  const driver = createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers');
  const keyHex = Buffer.from(key).toString('hex');
  const result = await new Promise<{ ok?: true; counts?: SummaryCounts; error?: string }>((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file: storeFile, cipher: STORE_CIPHER, keyHex, out, countTables: SUMMARY_TABLES } });
    let answered = false;
    worker.once('message', (m: { ok?: true; counts?: SummaryCounts; error?: string }) => {
      answered = true;
      void worker.terminate();
      resolve(m);
    });
    worker.once('error', reject);
    // A worker that dies without a word must not leave the export waiting forever.
    worker.once('exit', (code) => {
      if (!answered) resolve({ error: `snapshot worker exited (${code}) without answering` });
    });
  });
  if (result.error !== undefined) {
    rmSync(out, { force: true });
    throw new CodedError('ERR_INTERNAL', `snapshot failed: ${result.error}`);
  }
  // Defence in depth: a snapshot that came out in plaintext is destroyed, never used.
  if (looksLikePlainSqlite(out)) {
    rmSync(out, { force: true });
    throw new CodedError('ERR_INTERNAL', 'snapshot came out unencrypted; refused');
  }
  return result.counts ?? { programs: 0, people: 0, assignments: 0 };
}

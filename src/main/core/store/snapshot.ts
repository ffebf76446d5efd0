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

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  db.pragma("cipher = '" + workerData.cipher + "'");
  db.pragma('key = "x\\'' + workerData.keyHex + '\\'"');
  db.prepare('VACUUM INTO ?').run(workerData.out);
  parentPort.postMessage({ ok: true });
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

/** Writes an encrypted copy of the store to `out` (which must not exist) off the main thread. */
export async function snapshotStore(storeFile: string, key: Uint8Array, out: string): Promise<void> {
  // Refused before anything runs: the clean-up below must only ever remove a file this call made.
  if (existsSync(out)) throw new CodedError('ERR_INTERNAL', 'snapshot target already exists');
  const driver = createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers');
  const keyHex = Buffer.from(key).toString('hex');
  const result = await new Promise<{ ok?: true; error?: string }>((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file: storeFile, cipher: STORE_CIPHER, keyHex, out } });
    worker.once('message', (m: { ok?: true; error?: string }) => {
      void worker.terminate();
      resolve(m);
    });
    worker.once('error', reject);
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
}

// Owns crash detection and the integrity check. A marker file exists exactly while the store is
// open; finding it at the next open means the last session ended uncleanly (crash, power loss, kill),
// and the store is checked with PRAGMA integrity_check before anyone uses it. The check runs in a
// worker thread with its own keyed connection: on a large store it takes seconds, and the main
// event loop must not stall. A failed check deletes and "repairs" nothing.
import { existsSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { CodedError } from '../errors';
import { STORE_CIPHER } from './open-store';

export const uncleanMarkerFor = (storeFile: string) => `${storeFile}.open`;

export class StoreCorruptError extends CodedError {
  readonly problems: string[];
  constructor(problems: string[]) {
    super('ERR_STORE_CORRUPT', `integrity_check: ${problems.slice(0, 5).join('; ')}`);
    this.problems = problems;
  }
}

export function markOpen(storeFile: string): void {
  writeFileSync(uncleanMarkerFor(storeFile), `${process.pid} ${new Date().toISOString()}\n`, { mode: 0o600 });
}

export function markClosed(storeFile: string): void {
  try {
    unlinkSync(uncleanMarkerFor(storeFile));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}

export const closedUncleanly = (storeFile: string): boolean => existsSync(uncleanMarkerFor(storeFile));

// Plain CommonJS so it runs from any bundle: the worker gets the driver's resolved path, the
// cipher and the key, and answers with integrity_check's rows (["ok"] when healthy).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  db.pragma("cipher = '" + workerData.cipher + "'");
  db.pragma('key = "x\\'' + workerData.keyHex + '\\'"');
  const rows = db.prepare('PRAGMA integrity_check').pluck().all();
  parentPort.postMessage({ rows });
} catch (e) {
  parentPort.postMessage({ error: String(e && e.message || e) });
} finally {
  if (db) db.close();
}
`;

/** PRAGMA integrity_check off the main thread; resolves to the list of problems ([] when healthy). */
export function checkIntegrity(storeFile: string, key: Uint8Array): Promise<string[]> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers');
  const keyHex = Buffer.from(key).toString('hex');
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file: storeFile, cipher: STORE_CIPHER, keyHex } });
    worker.once('message', (m: { rows?: string[]; error?: string }) => {
      void worker.terminate();
      if (m.error !== undefined) resolve([m.error]);
      else resolve((m.rows ?? []).filter((r) => r !== 'ok'));
    });
    worker.once('error', reject);
  });
}

// Owns the slow half of a rekey, in a worker thread with its own keyed connections (VACUUM INTO
// and PRAGMA rekey rewrite every page: seconds on a large store, never on the main loop):
//   1. open the store with the old key, checkpoint its WAL away (refused if another connection
//      still holds it), record row counts per table;
//   2. VACUUM INTO the copy (same key: TOOLCHAIN.md) and close the store;
//   3. open the copy, integrity_check; journal_mode DELETE, PRAGMA rekey, journal_mode WAL (rekey
//      throws in WAL mode in this driver version);
//   4. reopen the copy with the new key: integrity_check, same row counts and user_version; and
//      with the old key, which must now be refused (SQLITE_NOTADB).
// The store itself is only read. Plain CommonJS so it runs from any bundle, as integrity.ts does.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { STORE_CIPHER } from '../../store';

const WORKER_SOURCE = `
const { parentPort, workerData: w } = require('node:worker_threads');
const Database = require(w.driver);
function open(file, keyHex) {
  // A short busy wait: the app has closed the store; a connection still holding it is an error.
  const db = new Database(file, { fileMustExist: true, timeout: 1000 });
  try {
    db.pragma("cipher = '" + w.cipher + "'");
    db.pragma('key = "x\\'' + keyHex + '\\'"');
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}
function facts(db) {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all();
  const counts = {};
  for (const t of tables) counts[t] = db.prepare('SELECT count(*) FROM "' + t.replace(/"/g, '""') + '"').pluck().get();
  return JSON.stringify({ userVersion: db.pragma('user_version', { simple: true }), counts });
}
function integrity(db, what) {
  const rows = db.prepare('PRAGMA integrity_check').pluck().all();
  if (rows.length !== 1 || rows[0] !== 'ok') throw new Error(what + ' failed integrity_check: ' + rows.slice(0, 3).join('; '));
}
let db;
try {
  db = open(w.file, w.oldKeyHex);
  const [cp] = db.pragma('wal_checkpoint(TRUNCATE)');
  if (cp && cp.busy !== 0) throw new Error('the store is still open elsewhere: its WAL could not be checkpointed');
  const before = facts(db);
  db.prepare('VACUUM INTO ?').run(w.copy);
  db.close();
  db = open(w.copy, w.oldKeyHex);
  integrity(db, 'the copy');
  db.pragma('journal_mode = DELETE');
  db.pragma('rekey = "x\\'' + w.newKeyHex + '\\'"');
  db.pragma('journal_mode = WAL');
  db.close();
  db = open(w.copy, w.newKeyHex);
  integrity(db, 'the re-keyed copy');
  if (facts(db) !== before) throw new Error('the re-keyed copy does not hold the same rows as the store');
  db.close();
  db = undefined;
  let oldStillOpens = false;
  try {
    open(w.copy, w.oldKeyHex).close();
    oldStillOpens = true;
  } catch (e) {
    if (!e || e.code !== 'SQLITE_NOTADB') throw e;
  }
  if (oldStillOpens) throw new Error('the re-keyed copy still opens with the old key');
  parentPort.postMessage({ ok: true });
} catch (e) {
  parentPort.postMessage({ error: String((e && e.message) || e) });
} finally {
  if (db && db.open) db.close();
}
`;

/** Makes `copy`: the store under the new key, verified. Resolves to null, or what went wrong. */
export function makeRekeyedCopy(args: { file: string; copy: string; oldKey: Uint8Array; newKey: Uint8Array }): Promise<string | null> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers');
  const workerData = {
    driver,
    cipher: STORE_CIPHER,
    file: args.file,
    copy: args.copy,
    oldKeyHex: Buffer.from(args.oldKey).toString('hex'),
    newKeyHex: Buffer.from(args.newKey).toString('hex'),
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
    worker.once('message', (m: { ok?: true; error?: string }) => {
      void worker.terminate();
      resolve(m.error ?? null);
    });
    worker.once('error', reject);
  });
}

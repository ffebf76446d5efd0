// Crash-harness child (see test/support/crash-harness.ts): opens the encrypted store the way
// production does and commits transactions as fast as it can until the parent SIGKILLs it. It
// never closes the database: every run ends in an unclean shutdown.
//
// It MIRRORS src/main/core/store/open-store.ts (openStore): same cipher, raw-key format, key-proving
// read and PRAGMA sequence, in the same order. It is plain .mjs (node runs it without a TypeScript
// loader), so it cannot import openStore itself; test/integration/store-crash.test.ts asserts that
// the two files agree (cipher name and PRAGMA order) and that both give the same effective
// connection settings, so this copy cannot drift from production silently.
//
// Usage:
//   node commit-loop.mjs <db file> <64 hex key> <run number>   commit until killed
//   node commit-loop.mjs <db file> <64 hex key> --describe     print the connection settings, exit
// With CRASH_HARNESS_WAIT_FOR_GO=1 (the harness's `prestart`) it loads its modules, then waits for
// `go` on stdin before it opens the store.
// The key on the command line is visible to other local processes (ps, /proc): acceptable only in
// this test child, with throwaway random test keys. Production never passes a key in argv.
//
// stdout protocol, one `<verb> <id>` line per event, written with fs.writeSync (never buffered, so
// a line written is in the pipe before the next statement runs, and survives SIGKILL):
//   ready <run>            store open, probe table present
//   pending-delete <id>    about to delete <id> in the open transaction (written BEFORE the commit:
//                          after a kill the row may be present or gone)
//   commit <id>            row <id> is committed (written only AFTER the commit returned)
//   delete <id>            the deletion of <id> is committed (written only AFTER the commit returned)
// Payloads are self-checking: the first 8 bytes are SHA-256 of the rest, truncated.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';

/** Mirrors STORE_CIPHER in src/main/core/store/open-store.ts (asserted by store-crash.test.ts). */
const STORE_CIPHER = 'aegis';
/** openStore's default cacheKib (64 MiB). */
const CACHE_KIB = 64 * 1024;
/** Live rows kept at most, so the store (and each verification) stays small and fast. */
const MAX_LIVE_ROWS = 2000;
/** Payload sizes in bytes, log-uniform between these: many small rows, some overflow pages. */
const MIN_PAYLOAD = 50;
const MAX_PAYLOAD = 8 * 1024;
/** Safety net: a child whose parent vanished without closing the pipe stops by itself. */
const MAX_LIFE_MS = 60_000;

/** Opens `file` exactly like openStore(file, key) with default options (not readonly). */
function openLikeProduction(file, keyHex) {
  if (!/^[0-9a-f]{64}$/.test(keyHex)) throw new Error('key: expected 64 lowercase hex digits');
  closeSync(openSync(file, 'a', 0o600));
  const db = new Database(file, { readonly: false });
  db.pragma(`cipher = '${STORE_CIPHER}'`);
  db.pragma(`key = "x'${keyHex}'"`);
  db.prepare('SELECT count(*) FROM sqlite_master').get();
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`cache_size = -${CACHE_KIB}`);
  db.pragma('temp_store = MEMORY');
  return db;
}

/** Writes all of `text` to stdout, unbuffered. */
function emit(text) {
  const bytes = Buffer.from(text);
  let off = 0;
  while (off < bytes.length) {
    try {
      off += writeSync(1, bytes, off);
    } catch (e) {
      // A non-blocking pipe that is full: wait for the parent to read. Anything else (EPIPE: the
      // parent is gone) ends this child.
      if (e.code !== 'EAGAIN') process.exit(2);
    }
  }
}

function payload() {
  const size = Math.round(MIN_PAYLOAD * (MAX_PAYLOAD / MIN_PAYLOAD) ** Math.random());
  const body = randomBytes(size - 8);
  return Buffer.concat([createHash('sha256').update(body).digest().subarray(0, 8), body]);
}

/** With the harness's prestart: modules are loaded; touch the store only once released. */
function waitForGo() {
  const buf = Buffer.alloc(16);
  let got = '';
  while (!got.includes('\n')) {
    let n;
    try {
      n = readSync(0, buf);
    } catch (e) {
      if (e.code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
      continue;
    }
    if (n === 0) process.exit(0); // stdin closed: the harness is done with us
    got += buf.toString('latin1', 0, n);
  }
  if (got !== 'go\n') throw new Error(`expected 'go' on stdin, got ${JSON.stringify(got)}`);
}

const [file, keyHex, runArg] = process.argv.slice(2);
if (!file || !keyHex || !runArg) {
  process.stderr.write('usage: commit-loop.mjs <db file> <64 hex key> <run number | --describe>\n');
  process.exit(64);
}
if (process.env.CRASH_HARNESS_WAIT_FOR_GO === '1') waitForGo();
const db = openLikeProduction(file, keyHex);

if (runArg === '--describe') {
  const settings = {
    cipher: db.pragma('cipher', { simple: true }),
    journal_mode: db.pragma('journal_mode', { simple: true }),
    synchronous: db.pragma('synchronous', { simple: true }),
    foreign_keys: db.pragma('foreign_keys', { simple: true }),
    cache_size: db.pragma('cache_size', { simple: true }),
    temp_store: db.pragma('temp_store', { simple: true }),
  };
  emit(`${JSON.stringify(settings)}\n`);
  db.close();
  process.exit(0);
}

const run = Number(runArg);
db.exec('CREATE TABLE IF NOT EXISTS crash_probe (id INTEGER PRIMARY KEY, run INTEGER, payload BLOB)');
const insert = db.prepare('INSERT INTO crash_probe (run, payload) VALUES (?, ?)');
const update = db.prepare('UPDATE crash_probe SET run = ?, payload = ? WHERE id = ?');
const remove = db.prepare('DELETE FROM crash_probe WHERE id = ?');
const minId = db.prepare('SELECT min(id) FROM crash_probe').pluck();
const atOrAfter = db.prepare('SELECT id FROM crash_probe WHERE id >= ? AND id < ? ORDER BY id LIMIT 1').pluck();
let live = db.prepare('SELECT count(*) FROM crash_probe').pluck().get();
emit(`ready ${run}\n`);

/** A random existing row older than `below` (from this run or an earlier one), or undefined. */
function olderRow(below) {
  const lo = minId.get();
  if (lo === null || lo >= below) return undefined;
  return atOrAfter.get(lo + Math.floor(Math.random() * (below - lo)), below) ?? lo;
}

// Rows are inserted first, and only rows older than them are updated or deleted: the newest row is
// never deleted, so SQLite never hands a deleted id out again and a reported delete stays absent.
const step = db.transaction(() => {
  const inserted = [];
  const count = 1 + Math.floor(Math.random() * 4);
  for (let i = 0; i < count; i++) inserted.push(Number(insert.run(run, payload()).lastInsertRowid));
  const oldest = inserted[0];
  if (Math.random() < 0.3) {
    const id = olderRow(oldest);
    if (id !== undefined) update.run(run, payload(), id);
  }
  const deletes = live + count > MAX_LIVE_ROWS ? count + 1 : Math.random() < 0.15 ? 1 : 0;
  const deleted = [];
  for (let i = 0; i < deletes; i++) {
    const id = olderRow(oldest);
    if (id === undefined) break;
    emit(`pending-delete ${id}\n`);
    remove.run(id);
    deleted.push(id);
  }
  return { inserted, deleted };
});

const deadline = Date.now() + MAX_LIFE_MS;
while (Date.now() < deadline) {
  const { inserted, deleted } = step();
  // The transaction has committed (synchronous = FULL): only now is it reported.
  live += inserted.length - deleted.length;
  emit(inserted.map((id) => `commit ${id}\n`).join('') + deleted.map((id) => `delete ${id}\n`).join(''));
  // Production checkpoints (PASSIVE) whenever the WAL passes 1000 pages; these short runs seldom
  // get there, so checkpoint now and then too, and some kills land in the middle of one.
  if (Math.random() < 1 / 20) db.pragma('wal_checkpoint(PASSIVE)');
}
// Still no db.close(): even this way out is an unclean shutdown.
process.exit(0);

// Which SQLite3MultipleCiphers cipher the encrypted store should use (STORE_CIPHER), by measurement.
// Every cipher `PRAGMA cipher` accepts in better-sqlite3-multiple-ciphers 12.11.1 against plain
// better-sqlite3 (the baseline, no encryption), all with the production settings of openStore
// (src/main/core/store/open-store.ts): cipher, raw 32-byte key, WAL, synchronous FULL, foreign keys,
// 64 MiB cache, temp_store MEMORY. The bench checks that its settings equal openStore's before it
// measures anything. A second reference, 'mc-none' (the multiple-ciphers build with no key), shows
// how much of a ratio to plain is the cipher and how much is the other build.
// Operations (each reported as ops/s and as a ratio to plain):
//   (a) insert       N rows of ~200 B in transactions of 1,000 (commit = fsync, as in production)
//   (b) point warm   SELECT by random primary key, everything in the 64 MiB page cache
//   (c) point cold   the same after closing and reopening with a 2 MiB cache: most reads miss the
//                    cache and pay one page read + decrypt (+ MAC check) each
//   (d) range warm   SELECT count/sum/avg over N/10 consecutive ids (ops = rows scanned)
//   (d') range cold  the same on the 2 MiB-cache connection: ~pure per-page decrypt throughput
//   (e) commit       single-row INSERT in its own transaction (synchronous FULL: one WAL fsync each)
// Before timing, each cipher must really encrypt (no 'SQLite format 3' header and no plaintext
// marker in the database or -wal file; the -shm file is checked for the marker too) and a flipped
// ciphertext byte must be detected (authenticated) — that decides which ciphers may be chosen.
// Rounds rotate the order of the variants; ratios are medians of per-round ratios (round i of each
// variant ran back to back), so load from other processes hits all alike. Never fails on a number.
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statfsSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database, { type Database as Db } from 'better-sqlite3-multiple-ciphers';
import { openStore, STORE_CIPHER } from '../../src/main/core/store';
import { banner, collectGarbage, fmt, fmtInt, median, printTable, quantile, runBench, smoke } from './internal/harness';

/** Plain better-sqlite3 (devDependency, no type package): same API as the multiple-ciphers build. */
const PlainDatabase = createRequire(import.meta.url)('better-sqlite3') as typeof Database;

const N = smoke ? 2_000 : 100_000;
const TX_ROWS = 1_000;
const INSERT_ROUNDS = smoke ? 2 : 10;
const ROUNDS = smoke ? 1 : 9;
const WARM_READS = smoke ? 50 : 20_000;
const COLD_READS = smoke ? 50 : 10_000;
const RANGE_ROWS = Math.max(1, Math.floor(N / 10));
const RANGE_QUERIES = smoke ? 2 : 20;
const COLD_RANGE_QUERIES = smoke ? 1 : 5;
const COMMIT_ROUNDS = smoke ? 2 : 10;
const COMMITS_PER_ROUND = smoke ? 5 : 20; // full run: 10 × 20 = 200 single-row commits per variant
const COLD_CACHE_KIB = 2_000;
const NOTE_CHARS = 180; // + id, resident, day, kind ≈ 200 B per row
const MARKER = 'RESCHED-PLAINTEXT-MARKER';
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** Ciphers must beat the current STORE_CIPHER by this much (geometric mean) to be "clearly better". */
const CLEAR_MARGIN = 1.05;

interface Variant {
  name: string;
  /** Which addon opens it: plain better-sqlite3 (the baseline) or the multiple-ciphers build. */
  lib: 'plain' | 'mc';
  /** null = no key: the file is plaintext. */
  cipher: string | null;
  what: string;
  /** May be chosen at all (rc4 never); also needs tamper detection and a verified encryption. */
  candidate: boolean;
  /** Honours the raw `x'…'` key (sqlite3mcExtractRawKey); the others hash the string as a passphrase. */
  rawKey: boolean;
}

const VARIANTS: readonly Variant[] = [
  { name: 'plain', lib: 'plain', cipher: null, what: 'better-sqlite3, no encryption (baseline)', candidate: false, rawKey: false },
  { name: 'mc-none', lib: 'mc', cipher: null, what: 'multiple-ciphers build, no key (same-build reference)', candidate: false, rawKey: false },
  { name: 'chacha20', lib: 'mc', cipher: 'chacha20', what: 'ChaCha20-Poly1305 per page (SQLite3MC default)', candidate: true, rawKey: true },
  { name: 'sqlcipher', lib: 'mc', cipher: 'sqlcipher', what: 'SQLCipher v4: AES-256-CBC + HMAC-SHA512', candidate: true, rawKey: true },
  { name: 'aegis', lib: 'mc', cipher: 'aegis', what: 'AEGIS-256 AEAD (AES round function, AES-NI)', candidate: true, rawKey: true },
  { name: 'ascon128', lib: 'mc', cipher: 'ascon128', what: 'Ascon-128 AEAD', candidate: true, rawKey: true },
  { name: 'aes256cbc', lib: 'mc', cipher: 'aes256cbc', what: 'wxSQLite3 AES-256-CBC, IV from page no., no MAC', candidate: true, rawKey: false },
  { name: 'aes128cbc', lib: 'mc', cipher: 'aes128cbc', what: 'wxSQLite3 AES-128-CBC (MD5 page keys), no MAC', candidate: true, rawKey: false },
  { name: 'rc4', lib: 'mc', cipher: 'rc4', what: 'RC4 — broken, shown only, never chosen', candidate: false, rawKey: false },
];
const BASE = VARIANTS[0]!;
const SAME_BUILD = VARIANTS[1]!;

type OpId = 'insert' | 'pointWarm' | 'pointCold' | 'rangeWarm' | 'rangeCold' | 'commit';
const OPS: readonly { id: OpId; label: string; unit: string }[] = [
  { id: 'insert', label: '(a) insert', unit: 'rows/s' },
  { id: 'pointWarm', label: '(b) point warm', unit: 'reads/s' },
  { id: 'pointCold', label: '(c) point cold', unit: 'reads/s' },
  { id: 'rangeWarm', label: '(d) range warm', unit: 'rows/s' },
  { id: 'rangeCold', label: "(d') range cold", unit: 'rows/s' },
  { id: 'commit', label: '(e) commit', unit: 'commits/s' },
];
/** Operations whose cost is dominated by page encryption/decryption (the ones a cipher can win). */
const CRYPTO_BOUND: readonly OpId[] = ['insert', 'pointCold', 'rangeCold'];

/** ops/s of every round, per operation and variant. */
const results = new Map<OpId, Map<string, number[]>>(OPS.map((o) => [o.id, new Map(VARIANTS.map((v) => [v.name, []]))]));
const record = (op: OpId, v: Variant, opsPerSec: number) => results.get(op)!.get(v.name)!.push(opsPerSec);
const roundsOf = (op: OpId, v: Variant): number[] => results.get(op)!.get(v.name)!;

// ── opening, exactly like openStore ─────────────────────────────────────────────────────────────

const KEY = randomBytes(32);
const KEY_PRAGMA = `key = "x'${KEY.toString('hex')}'"`;

function open(v: Variant, file: string, cacheKib: number): Db {
  const db = v.lib === 'plain' ? new PlainDatabase(file) : new Database(file);
  if (v.cipher !== null) {
    db.pragma(`cipher = '${v.cipher}'`);
    db.pragma(KEY_PRAGMA);
  }
  db.prepare('SELECT count(*) FROM sqlite_master').get(); // proves the key, as openStore does
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`cache_size = -${cacheKib}`);
  db.pragma('temp_store = MEMORY');
  if (v.cipher !== null) {
    const active = db.pragma('cipher', { simple: true }) as string;
    if (active !== v.cipher) throw new Error(`asked for cipher '${v.cipher}', connection reports '${active}'`);
  }
  return db;
}

const SETTINGS = ['cipher', 'journal_mode', 'synchronous', 'foreign_keys', 'cache_size', 'temp_store'] as const;
const settingsOf = (db: Db) => Object.fromEntries(SETTINGS.map((p) => [p, db.pragma(p, { simple: true })]));

/** Throws when this bench's connection differs from openStore's in any setting that matters. */
function checkSettingsMatchOpenStore(dir: string): void {
  const ours = open(VARIANTS.find((v) => v.cipher === STORE_CIPHER)!, path.join(dir, 'settings-ours.db'), 64 * 1024);
  const prod = openStore(path.join(dir, 'settings-prod.db'), KEY);
  try {
    const a = settingsOf(ours);
    const b = settingsOf(prod);
    const diff = SETTINGS.filter((p) => a[p] !== b[p]);
    if (diff.length) throw new Error(`bench settings differ from openStore: ${diff.map((p) => `${p} ${String(a[p])} vs ${String(b[p])}`).join(', ')}`);
  } finally {
    ours.close();
    prod.close();
  }
}

// ── data ────────────────────────────────────────────────────────────────────────────────────────

const SCHEMA = `CREATE TABLE shift (
  id INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL,
  day INTEGER NOT NULL,
  kind TEXT NOT NULL,
  note TEXT NOT NULL
);
CREATE INDEX shift_resident_day ON shift (resident_id, day);`;
const INSERT = 'INSERT INTO shift (id, resident_id, day, kind, note) VALUES (?, ?, ?, ?, ?)';
const KINDS = ['call', 'clinic', 'ward', 'night', 'elective'];
type Row = [number, number, number, string, string];

function makeRows(firstId: number, count: number): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const id = firstId + i;
    const filler = randomBytes(NOTE_CHARS).toString('base64').slice(0, NOTE_CHARS - MARKER.length - 1);
    rows.push([id, id % 150, id % 365, KINDS[id % KINDS.length]!, `${MARKER} ${filler}`]);
  }
  return rows;
}

/** Small deterministic PRNG (mulberry32): every variant reads the same ids in a round. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const randomIds = (seed: number, count: number, maxId: number): number[] => {
  const next = prng(seed);
  return Array.from({ length: count }, () => 1 + Math.floor(next() * maxId));
};

// ── checks that must hold before a number means anything ────────────────────────────────────────

interface FileCheck {
  header: boolean;
  marker: boolean;
}
function scan(file: string): FileCheck | null {
  if (!existsSync(file)) return null;
  const bytes = readFileSync(file);
  return { header: bytes.includes(SQLITE_HEADER), marker: bytes.includes(MARKER) };
}

interface Verified {
  db: FileCheck | null;
  wal: FileCheck | null;
  shm: FileCheck | null;
}
const leaks = (c: FileCheck | null) => c !== null && (c.header || c.marker);

/** Encrypted variants must leak neither header nor marker; plain must show both (the check works). */
function verifyFiles(v: Variant, file: string, when: string): Verified {
  const r: Verified = { db: scan(file), wal: scan(`${file}-wal`), shm: scan(`${file}-shm`) };
  if (v.cipher === null) {
    if (!r.db?.header || !(r.db.marker || r.wal?.marker)) throw new Error(`${v.name} (${when}): header/marker not found — the plaintext check is broken`);
  } else {
    for (const [part, c] of Object.entries(r)) {
      if (leaks(c as FileCheck | null)) throw new Error(`${v.name} (${when}): ${part} file holds the SQLite header or plaintext`);
    }
  }
  return r;
}

type Tamper = 'detected' | 'UNDETECTED' | 'no effect';

/**
 * Flips one byte inside row content of the last (leaf) page of a small table and reads it back:
 * an authenticated cipher must refuse the page; an unauthenticated one returns altered rows.
 */
function tamperTest(v: Variant, dir: string): { result: Tamper; detail: string } {
  const file = path.join(dir, `tamper-${v.name}.db`);
  const db = open(v, file, 64 * 1024);
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, note TEXT NOT NULL)');
  const ins = db.prepare('INSERT INTO t (id, note) VALUES (?, ?)');
  db.transaction(() => {
    for (const r of makeRows(1, 300)) ins.run(r[0], r[4]);
  })();
  const readAll = (d: Db) => (d.prepare('SELECT id, note FROM t ORDER BY id').all() as { id: number; note: string }[]).map((r) => `${r.id}:${r.note}`).join('\n');
  const before = readAll(db);
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const size = statSync(file).size;
  // The first cell of a leaf page sits at the end of its usable area (page size minus the cipher's
  // reserved bytes: at most 80 here); 120 bytes before the page end lies inside its ~190 B note.
  const at = size - 120;
  const fd = openSync(file, 'r+');
  try {
    const b = Buffer.alloc(1);
    b[0] = readFileSync(file)[at]! ^ 0x5a;
    writeSync(fd, b, 0, 1, at);
  } finally {
    closeSync(fd);
  }
  let reopened: Db | null = null;
  try {
    reopened = open(v, file, 64 * 1024);
    const after = readAll(reopened);
    return after === before
      ? { result: 'no effect', detail: `page ${Math.floor(at / pageSize) + 1}` }
      : { result: 'UNDETECTED', detail: 'rows read back altered, no error' };
  } catch (e) {
    return { result: 'detected', detail: (e as { code?: string }).code ?? (e as Error).message };
  } finally {
    reopened?.close();
  }
}

// ── timing ──────────────────────────────────────────────────────────────────────────────────────

/** One round of `op`: every variant runs `fn` once, in an order rotated by the round number. */
function runRound(round: number, op: OpId, fn: (v: Variant) => { ops: number; ms: number }): void {
  for (let k = 0; k < VARIANTS.length; k++) {
    const v = VARIANTS[(round + k) % VARIANTS.length]!;
    collectGarbage(); // no variant pays for another's garbage
    const { ops, ms } = fn(v);
    record(op, v, (ops * 1000) / ms);
  }
}

function timed(fn: () => number): { ops: number; ms: number } {
  const t0 = performance.now();
  const ops = fn();
  return { ops, ms: performance.now() - t0 };
}

interface Stats {
  pageCount: number;
  bytes: number;
  verifiedOpen: Verified;
}

function measureAll(dir: string): Map<string, Stats> {
  const fileOf = (v: Variant) => path.join(dir, `${v.name}.db`);
  const stats = new Map<string, Stats>();

  // Production connections (64 MiB cache).
  const conns = new Map<string, Db>();
  for (const v of VARIANTS) {
    const db = open(v, fileOf(v), 64 * 1024);
    db.exec(SCHEMA);
    conns.set(v.name, db);
  }
  const db = (v: Variant) => conns.get(v.name)!;

  // (a) insert: N rows, INSERT_ROUNDS rounds of N / INSERT_ROUNDS rows each, transactions of 1,000.
  const perRound = Math.ceil(N / INSERT_ROUNDS);
  for (let r = 0; r < INSERT_ROUNDS; r++) {
    const first = r * perRound + 1;
    const rows = makeRows(first, Math.min(perRound, N - first + 1));
    const batches: Row[][] = [];
    for (let i = 0; i < rows.length; i += TX_ROWS) batches.push(rows.slice(i, i + TX_ROWS));
    runRound(r, 'insert', (v) => {
      const ins = db(v).prepare(INSERT);
      const tx = db(v).transaction((batch: Row[]) => {
        for (const row of batch) ins.run(...row);
      });
      return timed(() => {
        for (const batch of batches) tx(batch);
        return rows.length;
      });
    });
  }

  // Encrypted on disk while open: database (pages the auto-checkpoints wrote), -wal and -shm.
  const verifiedOpen = new Map(VARIANTS.map((v) => [v.name, verifyFiles(v, fileOf(v), 'open, after insert')]));

  // Warm: a full scan pulls every page into the 64 MiB cache first.
  for (const v of VARIANTS) db(v).prepare('SELECT sum(length(note)) FROM shift').pluck().get();
  const point = (d: Db, ids: readonly number[]) => {
    const get = d.prepare('SELECT id, resident_id, day, kind, note FROM shift WHERE id = ?');
    return timed(() => {
      for (const id of ids) if (get.get(id) === undefined) throw new Error(`row ${id} missing`);
      return ids.length;
    });
  };
  const range = (d: Db, starts: readonly number[]) => {
    const agg = d.prepare('SELECT count(*) AS n, sum(length(note)) AS bytes, avg(day) AS d FROM shift WHERE id BETWEEN ? AND ?');
    return timed(() => {
      let rows = 0;
      for (const s of starts) rows += (agg.get(s, s + RANGE_ROWS - 1) as { n: number }).n;
      return rows;
    });
  };
  const rangeStarts = (seed: number, count: number) => randomIds(seed, count, N - RANGE_ROWS + 1);
  for (let r = 0; r < ROUNDS; r++) {
    const ids = randomIds(1000 + r, WARM_READS, N);
    runRound(r, 'pointWarm', (v) => point(db(v), ids));
    const starts = rangeStarts(2000 + r, RANGE_QUERIES);
    runRound(r + 1, 'rangeWarm', (v) => range(db(v), starts));
  }

  // (e) single-row commits, synchronous FULL.
  let nextId = N + 1;
  for (let r = 0; r < COMMIT_ROUNDS; r++) {
    const rows = makeRows(nextId, COMMITS_PER_ROUND);
    nextId += COMMITS_PER_ROUND;
    runRound(r, 'commit', (v) => {
      const ins = db(v).prepare(INSERT);
      return timed(() => {
        for (const row of rows) ins.run(...row);
        return rows.length;
      });
    });
  }

  // Close as the workstation does (checkpoint TRUNCATE), then the main file alone must be encrypted.
  for (const v of VARIANTS) {
    db(v).pragma('wal_checkpoint(TRUNCATE)');
    db(v).close();
    verifyFiles(v, fileOf(v), 'closed');
  }
  conns.clear();

  // Cold: reopen with a 2 MiB cache; the OS file cache still holds the file, so a miss costs a
  // pread + decrypt (+ MAC check), not a disk seek.
  const cold = new Map(VARIANTS.map((v) => [v.name, open(v, fileOf(v), COLD_CACHE_KIB)]));
  for (let r = 0; r < ROUNDS; r++) {
    const ids = randomIds(3000 + r, COLD_READS, N);
    runRound(r, 'pointCold', (v) => point(cold.get(v.name)!, ids));
    const starts = rangeStarts(4000 + r, COLD_RANGE_QUERIES);
    runRound(r + 1, 'rangeCold', (v) => range(cold.get(v.name)!, starts));
  }
  for (const v of VARIANTS) {
    const d = cold.get(v.name)!;
    stats.set(v.name, { pageCount: d.pragma('page_count', { simple: true }) as number, bytes: statSync(fileOf(v)).size, verifiedOpen: verifiedOpen.get(v.name)! });
    d.close();
  }
  return stats;
}

// ── reporting ───────────────────────────────────────────────────────────────────────────────────

/** Per-round ratios a/b (round i of both ran back to back). */
const paired = (op: OpId, a: Variant, b: Variant): number[] => roundsOf(op, a).map((x, i) => x / roundsOf(op, b)[i]!);
const geomean = (xs: readonly number[]) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
const mib = (bytes: number) => bytes / (1024 * 1024);

function machine(): string {
  const model = cpus()[0]?.model ?? 'unknown CPU';
  let aesni = 'unknown';
  try {
    aesni = /\baes\b/.test(readFileSync('/proc/cpuinfo', 'utf8')) ? 'yes' : 'no';
  } catch {
    // not Linux: leave it unknown
  }
  return `${cpus().length} × ${model}, AES-NI ${aesni}`;
}

function fsType(dir: string): string {
  const known: Record<number, string> = { 0xef53: 'ext2/3/4', 0x01021994: 'tmpfs', 0x794c7630: 'overlayfs', 0x58465342: 'xfs', 0x9123683e: 'btrfs' };
  try {
    const t = statfsSync(dir).type;
    return known[t] ?? `0x${t.toString(16)}`;
  } catch {
    return 'unknown';
  }
}

const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

function main(): void {
  banner('store-cipher', 'SQLite3MultipleCiphers ciphers vs plain better-sqlite3, production settings of openStore');
  const versions = (() => {
    const mc = new Database(':memory:');
    const pl = new PlainDatabase(':memory:');
    try {
      return `${mc.prepare('SELECT sqlite3mc_version()').pluck().get() as string} (SQLite ${mc.prepare('SELECT sqlite_version()').pluck().get() as string}); plain SQLite ${pl.prepare('SELECT sqlite_version()').pluck().get() as string}`;
    } finally {
      mc.close();
      pl.close();
    }
  })();
  const dir = mkdtempSync(path.join(tmpdir(), 'resched-bench-store-'));
  const loadBefore = load();
  console.log(`# ${versions}`);
  console.log(`# machine: ${machine()}; temp dir on ${fsType(dir)}; load average at start ${loadBefore}`);
  console.log(
    `# N=${fmtInt(N)} rows of ~200 B, transactions of ${fmtInt(TX_ROWS)} (${INSERT_ROUNDS} insert rounds); ${ROUNDS} rounds of ${fmtInt(WARM_READS)} warm / ` +
      `${fmtInt(COLD_READS)} cold point reads and ${RANGE_QUERIES}/${COLD_RANGE_QUERIES} ranges of ${fmtInt(RANGE_ROWS)} rows; ` +
      `${COMMIT_ROUNDS * COMMITS_PER_ROUND} single-row commits; warm cache 64 MiB, cold cache ${fmtInt(COLD_CACHE_KIB)} KiB; STORE_CIPHER today: '${STORE_CIPHER}'`,
  );

  try {
    checkSettingsMatchOpenStore(dir);
    const tamper = new Map(VARIANTS.map((v) => [v.name, tamperTest(v, dir)]));
    const t0 = performance.now();
    const stats = measureAll(dir);
    const seconds = (performance.now() - t0) / 1000;
    const loadAfter = load();

    const base = stats.get(BASE.name)!;
    const enc = (c: FileCheck | null) =>
      c === null ? '—' : leaks(c) ? `plain:${c.header ? ' header' : ''}${c.marker ? ' marker' : ''}` : 'no hdr/marker';
    printTable(
      'Ciphers: encryption on disk (db/-wal/-shm scanned for the SQLite header and a plaintext marker while open), tamper test, size',
      ['variant', 'what', 'raw key', 'db', '-wal', '-shm', 'flipped byte', 'pages', 'MiB', 'size/plain'],
      VARIANTS.map((v) => {
        const s = stats.get(v.name)!;
        const t = tamper.get(v.name)!;
        return [
          v.name,
          v.what,
          v.cipher === null ? '—' : v.rawKey ? 'yes' : 'hashed',
          enc(s.verifiedOpen.db),
          enc(s.verifiedOpen.wal),
          enc(s.verifiedOpen.shm),
          `${t.result} (${t.detail})`,
          fmtInt(s.pageCount),
          fmt(mib(s.bytes), 1),
          fmt(s.bytes / base.bytes, 3),
        ];
      }),
    );

    printTable(
      'Throughput (median of rounds)',
      ['variant', ...OPS.map((o) => `${o.label} ${o.unit}`)],
      VARIANTS.map((v) => [v.name, ...OPS.map((o) => fmtInt(median(roundsOf(o.id, v))))]),
    );

    const ratio = (op: OpId, v: Variant) => median(paired(op, v, BASE));
    const score = (v: Variant) => geomean(OPS.map((o) => ratio(o.id, v)));
    const cryptoScore = (v: Variant) => geomean(CRYPTO_BOUND.map((op) => ratio(op, v)));
    printTable(
      'Ratio to plain (median of per-round ratios, higher is better; 1.00 = as fast as no encryption)',
      ['variant', ...OPS.map((o) => o.label), 'geo-mean', 'crypto-bound geo-mean'],
      VARIANTS.filter((v) => v !== BASE).map((v) => [v.name, ...OPS.map((o) => fmt(ratio(o.id, v), 2)), fmt(score(v), 3), fmt(cryptoScore(v), 3)]),
    );
    printTable(
      `Ratio to ${SAME_BUILD.name} (the multiple-ciphers build without a key): the cipher's own cost, without build differences`,
      ['variant', ...OPS.map((o) => o.label)],
      VARIANTS.filter((v) => v !== SAME_BUILD).map((v) => [v.name, ...OPS.map((o) => fmt(median(paired(o.id, v, SAME_BUILD)), 2))]),
    );
    const iqr = (xs: number[]) => `${fmt(quantile(xs, 0.25), 2)}-${fmt(quantile(xs, 0.75), 2)}`;
    printTable(
      'Spread of the per-round ratios to plain (IQR)',
      ['variant', ...OPS.map((o) => o.label)],
      VARIANTS.filter((v) => v !== BASE).map((v) => [v.name, ...OPS.map((o) => iqr(paired(o.id, v, BASE)))]),
    );

    // Choice: authenticated (the tamper test must detect), raw key honoured, encryption verified.
    const excluded = VARIANTS.filter((v) => v !== BASE).flatMap((v) => {
      const why = v.cipher === null ? 'no encryption' : !v.candidate ? 'broken cipher' : tamper.get(v.name)!.result !== 'detected' ? 'no integrity: a flipped byte went unnoticed' : !v.rawKey ? 'raw key not honoured' : null;
      return why ? [`${v.name} (${why})`] : [];
    });
    const eligible = VARIANTS.filter((v) => v.candidate && v.rawKey && tamper.get(v.name)!.result === 'detected');
    const ranked = [...eligible].sort((a, b) => score(b) - score(a));
    const best = ranked[0];
    const current = VARIANTS.find((v) => v.cipher === STORE_CIPHER);
    console.log(`\nexcluded from the choice: ${excluded.join('; ') || 'none'}`);
    console.log(`ranking (geo-mean of ratios to plain over all operations): ${ranked.map((v) => `${v.name} ${fmt(score(v), 3)}`).join(', ')}`);
    if (!best || !current) throw new Error(`no eligible cipher, or STORE_CIPHER '${STORE_CIPHER}' is not among the variants`);

    let verdict: string;
    if (best === current) {
      verdict = `keep STORE_CIPHER '${current.name}'`;
    } else {
      const vsCurrent = CRYPTO_BOUND.map((op) => paired(op, best, current));
      const margin = geomean(vsCurrent.map((xs) => median(xs)));
      const steady = vsCurrent.every((xs) => quantile(xs, 0.25) > 1);
      console.log(
        `${best.name} vs ${current.name} on crypto-bound operations (per-round ratios, median [IQR]): ` +
          CRYPTO_BOUND.map((op, i) => `${op} ${fmt(median(vsCurrent[i]!), 2)} [${iqr(vsCurrent[i]!)}]`).join(', '),
      );
      verdict =
        margin >= CLEAR_MARGIN && steady
          ? `clearly better than STORE_CIPHER '${current.name}' (${fmt(margin, 2)}× on crypto-bound operations, every lower quartile above 1): change STORE_CIPHER`
          : `not clearly better than STORE_CIPHER '${current.name}' (${fmt(margin, 2)}× on crypto-bound operations, needs ≥ ${CLEAR_MARGIN} with every lower quartile above 1): keep '${current.name}'`;
    }
    console.log(`\nload average: start ${loadBefore}, end ${loadAfter}; timed part ${fmt(seconds, 1)} s`);
    console.log(
      `store-cipher: recommend '${best.name}' — ${best.what}; authenticated, raw key; fastest of the eligible ciphers ` +
        `(geo-mean ${fmt(score(best), 3)} of plain; insert ${fmt(ratio('insert', best), 2)}, cold point ${fmt(ratio('pointCold', best), 2)}, ` +
        `cold range ${fmt(ratio('rangeCold', best), 2)}, warm point ${fmt(ratio('pointWarm', best), 2)}); ${verdict}${smoke ? ' [smoke]' : ''}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

runBench(main);

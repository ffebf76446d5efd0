// Encrypted backup throughput (issue 7 part 8): the app's own backup.export and backup.verify
// channels on a real unlocked core whose store holds ~200 MB (a few MB with --smoke), against a
// raw reference measured in the same run on the same store:
//   export reference = VACUUM INTO (the same snapshotStore worker) + one plain node:crypto
//                      AES-256-GCM stream of the snapshot's bytes to a file, fsynced;
//   verify reference = one plain AES-256-GCM decrypt pass over that file (tag checked).
// Ours adds what a backup needs on top: PBKDF2 (600k) for the passphrase slot, chunked STREAM
// sealing with per-chunk tags, hashing, the signed manifest, the temp-then-rename write, and for
// verify every check of docs/formats/backup.md. Aim: ours / reference >= 0.7.
// Memory: process RSS is sampled every 20 ms during each operation (peak − the level before it is
// what the operation costs), and resourceUsage().maxRSS gives the process-wide peak (which also
// covers building the store). Aim: peak RSS bounded (< 200 MB for a 1 GB store) — it must not grow
// with the store, since both directions stream one chunk at a time.
import { createCipheriv, createDecipheriv, createHash, pbkdf2, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { databaseKeyContext } from '../../src/main/core/rekey';
import { snapshotStore, STORE_FILE_NAME } from '../../src/main/core/store';
import { adminCore } from '../support/unlocked-core';
import { banner, collectGarbage, fmt, fmtInt, max, median, printTable, runBench, smoke, watchLoop, worstDelay } from './internal/harness';

/** `--store-mb=N` sizes the store (e.g. 1024 to check the memory aim for a 1 GB store). */
const sizeArg = process.argv.find((a) => a.startsWith('--store-mb='));
const STORE_MB = sizeArg ? Number(sizeArg.slice('--store-mb='.length)) : smoke ? 4 : 200;
const ROUNDS = smoke ? 1 : 3;
const ROW_BYTES = 1000;
const PASS = 'granite otters fold maps quietly';
const MB = 1024 * 1024;

type Envelope = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

/** Peak RSS (bytes) while `work` runs, sampled every 20 ms, and the level just before it. */
async function withRss<T>(work: () => Promise<T>): Promise<{ value: T; before: number; peak: number }> {
  collectGarbage();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, before, peak };
  } finally {
    clearInterval(sampler);
  }
}

async function fsyncFile(file: string): Promise<void> {
  const fh = await open(file, 'r+');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** The export reference: VACUUM INTO, then the snapshot through one AES-256-GCM stream into a file. */
async function rawExport(storeFile: string, dbKey: Buffer, dir: string): Promise<{ out: string; bytes: number; key: Buffer; nonce: Buffer; tag: Buffer }> {
  const snapshot = path.join(dir, `raw-snapshot-${randomBytes(4).toString('hex')}.db`);
  const out = path.join(dir, `raw-${randomBytes(4).toString('hex')}.gcm`);
  await snapshotStore(storeFile, dbKey, snapshot);
  const key = randomBytes(32);
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  await pipeline(createReadStream(snapshot, { highWaterMark: MB }), cipher, createWriteStream(out));
  await fsyncFile(out);
  const bytes = statSync(snapshot).size;
  rmSync(snapshot, { force: true });
  return { out, bytes, key, nonce, tag: cipher.getAuthTag() };
}

/** The verify reference: one AES-256-GCM decrypt pass over the file, tag checked, output dropped. */
async function rawVerify(r: { out: string; key: Buffer; nonce: Buffer; tag: Buffer }): Promise<void> {
  const d = createDecipheriv('aes-256-gcm', r.key, r.nonce);
  d.setAuthTag(r.tag);
  await pipeline(
    createReadStream(r.out, { highWaterMark: MB }),
    d,
    new Writable({
      write: (_chunk, _enc, done) => done(),
    }),
  );
}

async function main(): Promise<void> {
  banner('backup', `backup.export / backup.verify of a ~${STORE_MB} MB store vs VACUUM INTO + raw aes-256-gcm stream (same run)`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'resched-bench-backup-'));
  const out = path.join(dir, 'out');
  try {
    const ctx = await adminCore(path.join(dir, 'data'));
    const call = async (channel: string, input: unknown) => {
      const r = (await ctx.asAdmin(channel, input)) as Envelope;
      if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
      return r.value;
    };
    // Fill the real store: one table of 1 KB rows, committed in batches, as bulk data would be.
    const db = ctx.core.workstation.db();
    db.exec('CREATE TABLE bench_filler (id INTEGER PRIMARY KEY, body BLOB NOT NULL)');
    const insert = db.prepare('INSERT INTO bench_filler (body) VALUES (?)');
    // Rows until the database (pages, WAL included) reaches the target size.
    const dbBytes = () => (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
    const fillStart = performance.now();
    let rows = 0;
    while (dbBytes() < STORE_MB * MB) {
      const n = smoke ? 500 : 5000;
      const blob = randomBytes(ROW_BYTES * n);
      db.transaction(() => {
        for (let i = 0; i < n; i++) insert.run(blob.subarray(i * ROW_BYTES, (i + 1) * ROW_BYTES));
      })();
      rows += n;
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    const storeFile = path.join(ctx.core.workstation.dataDir, STORE_FILE_NAME);
    const storeBytes = statSync(storeFile).size;
    console.log(`# store: ${fmt(storeBytes / MB, 1)} MB (${fmtInt(rows)} rows of ${ROW_BYTES} B) filled in ${fmt((performance.now() - fillStart) / 1000, 1)} s`);
    const dbKey = ctx.core.workstation.vault.derive('databaseKey', databaseKeyContext(ctx.core.workstation.databaseKeyVersion()));
    mkdirSync(out);

    const results: { exportOurs: number; exportRaw: number; verifyOurs: number; verifyRaw: number; fileBytes: number; exportRss: number; verifyRss: number; exportLoop: number; verifyLoop: number }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Reference first, then ours, on the same store and disk.
      const rawExportT0 = performance.now();
      const raw = await rawExport(storeFile, dbKey, out);
      const exportRawMs = performance.now() - rawExportT0;
      const rawVerifyT0 = performance.now();
      await rawVerify(raw);
      const verifyRawMs = performance.now() - rawVerifyT0;
      rmSync(raw.out, { force: true });

      const file = path.join(out, `round-${round}.rsbk`);
      let exportLoop = 0;
      const exp = await withRss(async () => {
        const stats = await watchLoop(() => call('backup.export', { path: file, passphrase: PASS }));
        exportLoop = worstDelay(stats);
        return stats.wallMs;
      });
      let verifyLoop = 0;
      const ver = await withRss(async () => {
        const stats = await watchLoop(async () => {
          const v = (await call('backup.verify', { path: file, passphrase: PASS })) as { summary: { people: number }; fileBytes: number };
          if (v.fileBytes !== statSync(file).size) throw new Error('verify read a different file size');
        });
        verifyLoop = worstDelay(stats);
        return stats.wallMs;
      });
      results.push({
        exportOurs: storeBytes / MB / (exp.value / 1000),
        exportRaw: storeBytes / MB / (exportRawMs / 1000),
        verifyOurs: storeBytes / MB / (ver.value / 1000),
        verifyRaw: storeBytes / MB / (verifyRawMs / 1000),
        fileBytes: statSync(file).size,
        exportRss: exp.peak - exp.before,
        verifyRss: ver.peak - ver.before,
        exportLoop,
        verifyLoop,
      });
      rmSync(file, { force: true });
    }
    dbKey.fill(0);

    // Where the difference goes: the parts ours does that the reference does not, timed alone.
    const kdfRuns: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await promisify(pbkdf2)(PASS, randomBytes(16), 600_000, 32, 'sha256');
      kdfRuns.push(performance.now() - t0);
    }
    const kdfMs = median(kdfRuns);
    const shaT0 = performance.now();
    await pipeline(createReadStream(storeFile, { highWaterMark: MB }), createHash('sha256'));
    const shaMbS = storeBytes / MB / ((performance.now() - shaT0) / 1000);

    const row = (name: string, ours: number[], raw: number[]) => {
      const o = median(ours);
      const r = median(raw);
      return [name, fmt(o, 1), fmt(r, 1), fmt(o / r, 2), fmt(Math.min(...ours.map((x, i) => x / raw[i]!)), 2)];
    };
    printTable(
      `Throughput over ${ROUNDS} round(s), MB of store per second (median)`,
      ['operation', 'ours MB/s', 'reference MB/s', 'ratio', 'worst ratio'],
      [row('export', results.map((r) => r.exportOurs), results.map((r) => r.exportRaw)), row('verify', results.map((r) => r.verifyOurs), results.map((r) => r.verifyRaw))],
    );
    console.log(`\nparts ours adds: PBKDF2-SHA256 600k once per operation ${fmt(kdfMs, 0)} ms (median of 3); one SHA-256 pass over the store ${fmt(shaMbS, 1)} MB/s`);
    printTable('Memory and event loop (worst round)', ['operation', 'RSS growth MB', 'worst loop delay ms'], [
      ['export', fmt(max(results.map((r) => r.exportRss)) / MB, 1), fmt(max(results.map((r) => r.exportLoop)), 1)],
      ['verify', fmt(max(results.map((r) => r.verifyRss)) / MB, 1), fmt(max(results.map((r) => r.verifyLoop)), 1)],
    ]);
    const maxRssMb = process.resourceUsage().maxRSS / 1024;
    console.log(`\nbackup file: ${fmt(results[0]!.fileBytes / MB, 1)} MB for a ${fmt(storeBytes / MB, 1)} MB store (overhead ${fmt(((results[0]!.fileBytes - storeBytes) / storeBytes) * 100, 2)} %)`);
    console.log(`peak RSS: ${fmt(process.memoryUsage().rss / MB, 1)} MB now; resourceUsage().maxRSS ${fmt(maxRssMb, 1)} MB for the whole process (includes building the store)`);
    console.log(`aims: ratio >= 0.70 (${median(results.map((r) => r.exportOurs / r.exportRaw)) >= 0.7 ? 'met' : 'NOT met'} for export, ${median(results.map((r) => r.verifyOurs / r.verifyRaw)) >= 0.7 ? 'met' : 'NOT met'} for verify); load average ${os.loadavg().map((x) => fmt(x, 2)).join(' ')}`);
    ctx.core.shutdown();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

runBench(main);

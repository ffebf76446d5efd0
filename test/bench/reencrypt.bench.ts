// Re-encryption throughput (issue 6 part 8): the rotation job re-sealing every personal field of a
// program in the real encrypted store (read, open, seal, blind indexes, UPDATE, commit, yield)
// against raw node:crypto AES-256-GCM doing only the cryptography — one decrypt and one encrypt of
// the same plaintexts, with random nonces and the same associated data. The ratio says what the
// store, the envelope and the batching cost on top of the bare AEAD.
// Aims: >= 50,000 fields/s, and no event-loop stall longer than ~16 ms while the job runs (the
// job sizes its batches to 8 ms; batch-time quantiles, the longest batch and the loop delay are
// printed). Throughput is given by wall time and by this process's CPU time: on a machine shared
// with other work the wall figure mostly measures the other work (the load average is printed).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deriveKey } from '../../src/main/core/crypto';
import { createDecryptedCache, createFieldCipher, createProgramKeyring } from '../../src/main/core/field-crypto';
import { createPeopleService } from '../../src/main/core/people';
import { createProgramsService } from '../../src/main/core/programs';
import { reencryptScope, startProgramKeyRotation } from '../../src/main/core/reencrypt';
import { asReadable, asWritable, migrate, openStore } from '../../src/main/core/store';
import { banner, collectGarbage, fmt, fmtInt, max, median, printTable, quantile, runBench, smoke, watchLoop, worstDelay } from './internal/harness';

const PEOPLE = smoke ? 300 : 10_000;
const ROUNDS = smoke ? 1 : 5;
const AIM_FIELDS_PER_S = 50_000;

/** A keyring over a random master key: the same HKDF derivations the vault makes. */
function keyring() {
  const mk = randomBytes(32);
  const salt = randomBytes(16);
  return createProgramKeyring({ derive: (purpose, context) => deriveKey(mk, salt, purpose, context), onLockChange: () => () => true });
}

/** CPU milliseconds (user + system) of this process since `from`. */
const cpuMs = (from: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1000;
};

/** Raw AES-256-GCM over the same plaintexts: decrypt the old ciphertext, encrypt under a new key. */
function rawRound(items: { plaintext: Buffer; aad: Buffer }[]): { wallMs: number; cpuMs: number } {
  const oldKey = randomBytes(32);
  const newKey = randomBytes(32);
  const sealed = items.map(({ plaintext, aad }) => {
    const nonce = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', oldKey, nonce, { authTagLength: 16 });
    c.setAAD(aad);
    const ct = Buffer.concat([c.update(plaintext), c.final()]);
    return { nonce, ct, tag: c.getAuthTag(), aad };
  });
  collectGarbage();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const s of sealed) {
    const d = createDecipheriv('aes-256-gcm', oldKey, s.nonce, { authTagLength: 16 });
    d.setAAD(s.aad);
    d.setAuthTag(s.tag);
    const pt = Buffer.concat([d.update(s.ct), d.final()]);
    const nonce = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', newKey, nonce, { authTagLength: 16 });
    c.setAAD(s.aad);
    Buffer.concat([nonce, c.update(pt), c.final(), c.getAuthTag()]);
  }
  return { wallMs: performance.now() - t0, cpuMs: cpuMs(c0) };
}

async function main(): Promise<void> {
  banner('reencrypt', `rotation job over ${fmtInt(PEOPLE)} people (5 encrypted fields + 2 blind indexes each) vs raw aes-256-gcm decrypt+encrypt`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'resched-bench-reencrypt-'));
  try {
    const db = openStore(path.join(dir, 'store.db'), randomBytes(32));
    migrate(db, 'bench');
    const reader = () => asReadable(db);
    const writer = () => asWritable(db);
    const keys = keyring();
    const programs = createProgramsService({ reader, writer });
    const people = createPeopleService({ reader, writer, programs, keys, cipher: createFieldCipher(keys, createDecryptedCache()) });
    const program = programs.create({ code: 'BENCH', name: 'Bench' });
    const items: { plaintext: Buffer; aad: Buffer }[] = [];
    db.transaction(() => {
      for (let i = 0; i < PEOPLE; i++) {
        const input = {
          kind: 'resident' as const,
          name: `Dr. Resident Number ${i}`,
          email: `resident.${i}@hospital.example.org`,
          phone: `+1 555 ${String(i).padStart(7, '0')}`,
          licence: `MD-${100000 + i}`,
          notes: `Prefers night float; rotation note ${i}`,
        };
        const p = people.create(program.id, input);
        for (const [column, value] of Object.entries(input).filter(([k]) => k !== 'kind')) {
          items.push({ plaintext: Buffer.from(value, 'utf8'), aad: Buffer.from(`people|${column}|${p.id}|${program.id}|2`, 'utf8') });
        }
      }
    })();

    const rows: { ours: number; raw: number; oursCpu: number; rawCpu: number; p50: number; p99: number; longest: number; loop: number; batches: number }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const raw = rawRound(items);
      startProgramKeyRotation(writer(), program.id);
      collectGarbage();
      let result: Awaited<ReturnType<typeof reencryptScope>> | undefined;
      // Time between progress events = one batch (plus one turn of the loop).
      const gaps: number[] = [];
      let last = performance.now();
      const c0 = process.cpuUsage();
      const loop = await watchLoop(async () => {
        result = await reencryptScope({ writer, keys }, program.id, {
          onProgress: () => {
            const t = performance.now();
            gaps.push(t - last);
            last = t;
          },
        });
      });
      const oursCpuMs = cpuMs(c0);
      if (result?.fields !== items.length) throw new Error(`round ${round}: re-sealed ${result?.fields} of ${items.length} fields`);
      rows.push({
        ours: (result.fields * 1000) / loop.wallMs,
        raw: (items.length * 1000) / raw.wallMs,
        oursCpu: (result.fields * 1000) / oursCpuMs,
        rawCpu: (items.length * 1000) / raw.cpuMs,
        p50: quantile(gaps.slice(1), 0.5),
        p99: quantile(gaps.slice(1), 0.99),
        longest: result.longestBatchMs,
        loop: worstDelay(loop),
        batches: result.batches,
      });
    }
    printTable(
      'Per round (fields/s by wall time and by CPU time of this process; one field = open + seal, plus the row UPDATE and commit for ours)',
      ['round', 'ours/s', 'raw/s', 'ratio', 'ours/CPU-s', 'raw/CPU-s', 'CPU ratio', 'batches', 'batch p50 ms', 'p99 ms', 'max ms', 'loop delay ms'],
      rows.map((r, i) => [
        String(i + 1),
        fmtInt(r.ours),
        fmtInt(r.raw),
        fmt(r.ours / r.raw, 3),
        fmtInt(r.oursCpu),
        fmtInt(r.rawCpu),
        fmt(r.oursCpu / r.rawCpu, 3),
        fmtInt(r.batches),
        fmt(r.p50, 1),
        fmt(r.p99, 1),
        fmt(r.longest, 1),
        fmt(r.loop, 1),
      ]),
    );
    const ours = median(rows.map((r) => r.ours));
    const oursCpu = median(rows.map((r) => r.oursCpu));
    console.log(
      `\nreencrypt: median ${fmtInt(ours)} fields/s wall, ${fmtInt(oursCpu)} fields per CPU-second ` +
        `(aim >= ${fmtInt(AIM_FIELDS_PER_S)} fields/s: ${ours >= AIM_FIELDS_PER_S ? 'met' : 'below'}); ` +
        `ours/raw ${fmt(median(rows.map((r) => r.ours / r.raw)), 3)} wall, ${fmt(median(rows.map((r) => r.oursCpu / r.rawCpu)), 3)} CPU; ` +
        `batch p50 ${fmt(median(rows.map((r) => r.p50)), 1)} ms, p99 ${fmt(median(rows.map((r) => r.p99)), 1)} ms, ` +
        `longest ${fmt(max(rows.map((r) => r.longest)), 1)} ms, worst loop delay ${fmt(max(rows.map((r) => r.loop)), 1)} ms; ` +
        `load average ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} CPUs${smoke ? ' [smoke]' : ''}`,
    );
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

runBench(main);

// Our AEAD envelope (seal + open) against raw node:crypto AES-256-GCM doing the same cryptographic
// work: a fresh random 96-bit nonce, associated data, a 128-bit tag set before decryption.
// Two raw baselines, both without the wrapper's input checks and 5-byte header:
//   raw        — the textbook calls: ciphertext and tag kept apart, decrypted as they came out;
//   raw packed — also stores nonce|ciphertext|tag in one buffer and slices it apart, as any
//                storable format must (and as the envelope does).
// At 1 MiB the textbook version is often far slower than the packed one although it copies less:
// decrypting straight from the Buffer.concat result is an allocation/memory-layout effect, not
// crypto. Reporting both keeps that artefact from flattering (or hiding) the wrapper's cost.
// Aim: ours/baseline >= 0.9 in throughput against both. Many short rounds rotate the order of the
// three variants so load from other processes hits all alike; each ratio is the median of the
// per-round ratios (round i of each variant ran back to back).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { open, seal } from '../../src/main/core/crypto';
import { banner, calibrate, collectGarbage, fmt, fmtInt, median, printTable, quantile, runBench, smoke, timeLoop } from './internal/harness';

const AIM = 0.9;
const SIZES = [
  { label: '64 B', bytes: 64 },
  { label: '1 KiB', bytes: 1024 },
  { label: '1 MiB', bytes: 1024 * 1024 },
];
const ROUNDS = smoke ? 2 : 31;
const ROUND_MS = smoke ? 5 : 30;
const WARMUP_MS = smoke ? 5 : 300;
const NONCE = 12;
const TAG = 16;

const key = randomBytes(32);
const aad = Buffer.from('person|name|42|prog-1|3', 'utf8');

function ours(plaintext: Buffer): Buffer {
  return open(key, seal(key, 7, plaintext, aad), aad);
}

function raw(plaintext: Buffer): Buffer {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG });
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const tag = cipher.getAuthTag();
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG });
  decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
}

function rawPacked(plaintext: Buffer): Buffer {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG });
  cipher.setAAD(aad);
  const packed = Buffer.concat([nonce, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  const decipher = createDecipheriv('aes-256-gcm', key, packed.subarray(0, NONCE), { authTagLength: TAG });
  decipher.setAAD(aad);
  decipher.setAuthTag(packed.subarray(packed.length - TAG));
  return Buffer.concat([decipher.update(packed.subarray(NONCE, packed.length - TAG)), decipher.final()]);
}

const VARIANTS = { ours, raw, rawPacked } as const;
type Variant = keyof typeof VARIANTS;
const NAMES = Object.keys(VARIANTS) as Variant[];

interface Result {
  label: string;
  bytes: number;
  /** ops/s per round, per variant */
  rounds: Record<Variant, number[]>;
}

/** ours/baseline throughput of each round (the variants of round i ran back to back). */
const ratios = (r: Result, baseline: Variant): number[] => r.rounds.ours.map((x, i) => x / r.rounds[baseline][i]!);

function measure(label: string, bytes: number): Result {
  const plaintext = randomBytes(bytes);
  const fns = {} as Record<Variant, () => void>;
  const iterations = {} as Record<Variant, number>;
  for (const name of NAMES) {
    const f = VARIANTS[name];
    // Every variant must round-trip before its speed means anything.
    if (!f(plaintext).equals(plaintext)) throw new Error(`${name} did not round-trip at ${label}`);
    fns[name] = () => void f(plaintext);
    timeLoop(calibrate(fns[name], WARMUP_MS), fns[name]); // warm-up: JIT, allocator
  }
  // Size each variant's round to about ROUND_MS.
  for (const name of NAMES) iterations[name] = calibrate(fns[name], ROUND_MS);

  const r: Result = { label, bytes, rounds: { ours: [], raw: [], rawPacked: [] } };
  for (let i = 0; i < ROUNDS; i++) {
    // Rotate the order so no variant always runs first or right after another's garbage.
    const order = NAMES.map((_, k) => NAMES[(i + k) % NAMES.length]!);
    for (const name of order) {
      collectGarbage(); // no variant pays for another's garbage
      const n = iterations[name];
      r.rounds[name].push((n * 1000) / timeLoop(n, fns[name]));
    }
  }
  return r;
}

function main(): void {
  banner('aead', 'seal+open vs raw node:crypto aes-256-gcm (one op = one encrypt + one decrypt)');
  console.log(`# ${ROUNDS} rounds of ~${ROUND_MS} ms per variant per size, after ~${WARMUP_MS} ms warm-up; medians`);
  const results = SIZES.map((s) => measure(s.label, s.bytes));

  const mbps = (opsPerSec: number, bytes: number) => (opsPerSec * bytes) / 1e6;
  printTable(
    'Throughput (median ops/s; MB/s = plaintext bytes through encrypt+decrypt per second, 10^6 B)',
    ['size', 'ours ops/s', 'ours MB/s', 'raw ops/s', 'raw MB/s', 'packed ops/s', 'packed MB/s'],
    results.map((r) => [
      r.label,
      ...NAMES.flatMap((name) => {
        const m = median(r.rounds[name]);
        return [fmtInt(m), fmt(mbps(m, r.bytes), 1)];
      }),
    ]),
  );
  const iqr = (xs: number[]) => `${fmt(quantile(xs, 0.25), 2)}-${fmt(quantile(xs, 0.75), 2)}`;
  const verdicts: number[] = [];
  printTable(
    `Ratios (median of per-round ratios, IQR; aim >= ${AIM} against both baselines)`,
    ['size', 'ours/raw', 'IQR', 'ours/packed', 'IQR', `aim >= ${AIM}`],
    results.map((r) => {
      const vsRaw = ratios(r, 'raw');
      const vsPacked = ratios(r, 'rawPacked');
      const worst = Math.min(median(vsRaw), median(vsPacked));
      verdicts.push(worst);
      return [r.label, fmt(median(vsRaw), 3), iqr(vsRaw), fmt(median(vsPacked), 3), iqr(vsPacked), worst >= AIM ? 'met' : 'BELOW'];
    }),
  );
  const worst = Math.min(...verdicts);
  console.log(`\naead: worst ours/baseline ratio ${fmt(worst, 3)} (aim >= ${AIM}: ${worst >= AIM ? 'met' : 'below'})${smoke ? ' [smoke]' : ''}`);
}

runBench(main);

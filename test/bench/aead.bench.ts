// Our AEAD envelope (seal + open) against raw node:crypto AES-256-GCM doing the same cryptographic
// work: a fresh random 96-bit nonce, associated data, a 128-bit tag checked on decryption.
// The raw baseline skips what the wrapper adds (input checks, the 5-byte header bound into the AAD,
// packing nonce|ciphertext|tag into one buffer and slicing it apart), so ours/raw is the wrapper's
// cost. Aim: ours/raw >= 0.9 in throughput. Many short rounds alternate ours/raw (ABBA) so load
// from other processes hits both sides alike; the ratio is the median of the per-pair ratios.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { open, seal } from '../../src/main/core/crypto';
import { banner, calibrate, collectGarbage, fmt, fmtInt, median, printTable, quantile, runBench, smoke, timeLoop } from './internal/harness';

const AIM = 0.9;
const SIZES = [
  { label: '64 B', bytes: 64 },
  { label: '1 KiB', bytes: 1024 },
  { label: '1 MiB', bytes: 1024 * 1024 },
];
const ROUNDS = smoke ? 2 : 41;
const ROUND_MS = smoke ? 5 : 30;
const WARMUP_MS = smoke ? 5 : 300;

const key = randomBytes(32);
const aad = Buffer.from('person|name|42|prog-1|3', 'utf8');

function rawSealOpen(plaintext: Buffer): Buffer {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: 16 });
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const tag = cipher.getAuthTag();
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: 16 });
  decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
}

function oursSealOpen(plaintext: Buffer): Buffer {
  return open(key, seal(key, 7, plaintext, aad), aad);
}

/** ours/raw throughput of each round pair (round i of each side ran back to back). */
const pairRatios = (r: Result): number[] => r.ours.map((x, i) => x / r.raw[i]!);

interface Result {
  label: string;
  bytes: number;
  ours: number[];
  raw: number[];
}

function measure(label: string, bytes: number): Result {
  const plaintext = randomBytes(bytes);
  // Both paths must round-trip before their speed means anything.
  if (!oursSealOpen(plaintext).equals(plaintext)) throw new Error(`seal/open did not round-trip at ${label}`);
  if (!rawSealOpen(plaintext).equals(plaintext)) throw new Error(`raw AES-GCM did not round-trip at ${label}`);

  const ours = () => void oursSealOpen(plaintext);
  const raw = () => void rawSealOpen(plaintext);
  // Warm up both paths (JIT, allocator), then size a round so it lasts about ROUND_MS.
  timeLoop(calibrate(ours, WARMUP_MS), ours);
  timeLoop(calibrate(raw, WARMUP_MS), raw);
  const nOurs = calibrate(ours, ROUND_MS);
  const nRaw = calibrate(raw, ROUND_MS);

  const r: Result = { label, bytes, ours: [], raw: [] };
  for (let i = 0; i < ROUNDS; i++) {
    // ABBA: alternate which goes first so neither always runs right after the other's garbage.
    const order = i % 2 === 0 ? (['ours', 'raw'] as const) : (['raw', 'ours'] as const);
    for (const which of order) {
      const n = which === 'ours' ? nOurs : nRaw;
      collectGarbage(); // neither side pays for the other's garbage
      const ms = timeLoop(n, which === 'ours' ? ours : raw);
      r[which].push((n * 1000) / ms);
    }
  }
  return r;
}

function main(): void {
  banner('aead', 'seal+open vs raw node:crypto aes-256-gcm (ops/s = one encrypt + one decrypt)');
  console.log(`# ${ROUNDS} rounds of ~${ROUND_MS} ms per side per size, after ~${WARMUP_MS} ms warm-up; medians`);
  const results = SIZES.map((s) => measure(s.label, s.bytes));

  const mbps = (opsPerSec: number, bytes: number) => (opsPerSec * bytes) / 1e6;
  printTable(
    'AEAD throughput (MB/s = plaintext bytes per second through encrypt+decrypt, 10^6 B)',
    ['size', 'ours ops/s', 'ours MB/s', 'raw ops/s', 'raw MB/s', 'ours/raw', 'ratio IQR', `aim >= ${AIM}`],
    results.map((r) => {
      const o = median(r.ours);
      const w = median(r.raw);
      const ratios = pairRatios(r);
      return [
        r.label,
        fmtInt(o),
        fmt(mbps(o, r.bytes), 1),
        fmtInt(w),
        fmt(mbps(w, r.bytes), 1),
        fmt(median(ratios), 3),
        `${fmt(quantile(ratios, 0.25), 2)}-${fmt(quantile(ratios, 0.75), 2)}`,
        median(ratios) >= AIM ? 'met' : 'BELOW',
      ];
    }),
  );
  const worst = Math.min(...results.map((r) => median(pairRatios(r))));
  console.log(`\naead: worst ours/raw ratio ${fmt(worst, 3)} (aim >= ${AIM}: ${worst >= AIM ? 'met' : 'below'})${smoke ? ' [smoke]' : ''}`);
}

runBench(main);

// Shared helpers for test/bench/*.bench.ts (bundled and run by scripts/run-bench.mjs).
// Benchmarks compare against a baseline measured in the same run and print ratios; they never fail
// on a number (DESIGN.md §8). `--smoke` shrinks every bench to a few iterations so CI only checks
// that it still runs.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

export const smoke = process.argv.includes('--smoke');

/** Median of a non-empty list (mean of the two middle values for an even count). */
export const median = (xs: readonly number[]): number => quantile(xs, 0.5);

/** Linear-interpolated quantile, q in [0, 1]. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) throw new Error('quantile of an empty list');
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

export const min = (xs: readonly number[]): number => Math.min(...xs);
export const max = (xs: readonly number[]): number => Math.max(...xs);

/** A full GC outside the timed section when node runs with --expose-gc (the runner passes it). */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Milliseconds taken by `fn`. */
export async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Runs `fn` `iterations` times and returns the elapsed milliseconds. */
export function timeLoop(iterations: number, fn: () => void): number {
  const t0 = performance.now();
  for (let i = 0; i < iterations; i++) fn();
  return performance.now() - t0;
}

/** Iterations of `fn` that take about `targetMs` (at least 1), measured over a short calibration. */
export function calibrate(fn: () => void, targetMs: number): number {
  let n = 1;
  for (;;) {
    const ms = timeLoop(n, fn);
    if (ms >= Math.min(targetMs, 20) || n >= 1 << 24) return Math.max(1, Math.round((n * targetMs) / Math.max(ms, 0.001)));
    n *= 2;
  }
}

export function fmt(x: number, digits = 2): string {
  if (!Number.isFinite(x)) return String(x);
  return x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export const fmtInt = (x: number): string => fmt(x, 0);

/** Prints an aligned table: first column left-aligned, the others right-aligned. */
export function printTable(title: string, header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

export function banner(name: string, what: string): void {
  console.log(`# ${name}: ${what}`);
  console.log(`# node ${process.version}, ${process.platform}/${process.arch}${smoke ? ', SMOKE run (numbers are not meaningful)' : ''}`);
}

/** Runs a bench's main function; an exception is a crash (non-zero exit), a slow number never is. */
export function runBench(main: () => Promise<void> | void): void {
  Promise.resolve()
    .then(main)
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}

export interface LoopStats {
  /** monitorEventLoopDelay (1 ms resolution) max, ms. */
  histMax: number;
  histP99: number;
  /** Longest gap between ticks of a 1 ms setInterval, ms. */
  tickMax: number;
  /** Wall time of the work, ms. */
  wallMs: number;
}

/** Watches the main event loop while `work` runs: a 1 ms histogram and a 1 ms ticker's longest gap. */
export async function watchLoop(work: () => Promise<unknown>): Promise<LoopStats> {
  const hist = monitorEventLoopDelay({ resolution: 1 });
  const t0 = performance.now();
  let last = t0;
  let tickMax = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    tickMax = Math.max(tickMax, now - last);
    last = now;
  }, 1);
  hist.enable();
  try {
    await work();
  } finally {
    hist.disable();
    clearInterval(ticker);
  }
  const end = performance.now();
  tickMax = Math.max(tickMax, end - last);
  return { histMax: hist.max / 1e6, histP99: hist.percentile(99) / 1e6, tickMax, wallMs: end - t0 };
}

export const worstDelay = (s: LoopStats) => Math.max(s.histMax, s.tickMax);

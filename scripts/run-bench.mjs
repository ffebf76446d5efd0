// Runs the benchmarks in test/bench/*.bench.ts, one after the other, each in its own Node process.
//   node scripts/run-bench.mjs [--smoke] [name-filter...] [-- extra args for the benches]
// Each bench is bundled with esbuild (npm packages stay external, so native modules load from
// node_modules) into node_modules/.cache/resched-bench/ — inside the project, so the bundle's
// import.meta.url still resolves packages — and run with `node`. Every argument except the name
// filters is passed through; `--smoke` makes each bench a few iterations long (CI smoke check).
// Benches run with --expose-gc so they can collect garbage between timed rounds.
// Benchmarks print numbers and ratios; they never fail on a number. This script exits non-zero
// only when a bench crashes (or fails to build).
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, 'test', 'bench');
const outDir = path.join(root, 'node_modules', '.cache', 'resched-bench');
const SUFFIX = '.bench.ts';

const argv = process.argv.slice(2);
const dashdash = argv.indexOf('--');
const own = dashdash === -1 ? argv : argv.slice(0, dashdash);
const filters = own.filter((a) => !a.startsWith('-'));
const passThrough = [...own.filter((a) => a.startsWith('-')), ...(dashdash === -1 ? [] : argv.slice(dashdash + 1))];

const all = readdirSync(benchDir)
  .filter((f) => f.endsWith(SUFFIX))
  .sort();
const selected = all.filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));
if (selected.length === 0) {
  console.error(`run-bench: no bench matches ${filters.join(', ') || '(none found)'}; have: ${all.join(', ')}`);
  process.exit(2);
}

mkdirSync(outDir, { recursive: true });

/** Runs one bundled bench; resolves to its exit code (signals count as a crash). */
function run(file) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--enable-source-maps', '--expose-gc', file, ...passThrough], { cwd: root, stdio: 'inherit' });
    child.on('error', (e) => {
      console.error(`run-bench: could not start ${file}:`, e);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(signal ? `signal ${signal}` : (code ?? 1)));
  });
}

const results = [];
const started = performance.now();
for (const f of selected) {
  const name = f.slice(0, -SUFFIX.length);
  const outfile = path.join(outDir, `${name}.bench.mjs`);
  console.log(`\n==== ${name} ${'='.repeat(Math.max(0, 60 - name.length))}`);
  const t0 = performance.now();
  let status;
  try {
    await build({
      entryPoints: [path.join(benchDir, f)],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      packages: 'external',
      sourcemap: 'inline',
      logLevel: 'warning',
    });
    status = await run(outfile);
  } catch (e) {
    console.error(`run-bench: could not build ${f}:`, e);
    status = 'build failed';
  }
  results.push({ name, status, seconds: (performance.now() - t0) / 1000 });
}

const crashed = results.filter((r) => r.status !== 0);
console.log('\n==== summary ' + '='.repeat(53));
for (const r of results) console.log(`${r.name.padEnd(20)} ${r.status === 0 ? 'ok' : `CRASHED (${r.status})`}  ${r.seconds.toFixed(1)} s`);
const total = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `bench${passThrough.includes('--smoke') ? ' (smoke)' : ''}: ${results.length} ran, ${crashed.length} crashed` +
    `${crashed.length ? ` (${crashed.map((r) => r.name).join(', ')})` : ''}, ${total} s`,
);
process.exitCode = crashed.length ? 1 : 0;

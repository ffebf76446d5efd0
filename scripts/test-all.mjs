// `npm test`: every check CI runs, in order, with one summary at the end. Each step's own output
// is shown as it runs; the last line counts the tests of all runners together.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const vitestJson = (name) => [`--reporter=default`, `--reporter=json`, `--outputFile.json=${results}/${name}.json`];
const steps = [
  { name: 'typecheck', cmd: ['npm', 'run', '-s', 'typecheck'] },
  { name: 'lint', cmd: ['npm', 'run', '-s', 'lint'] },
  { name: 'layering', cmd: ['npm', 'run', '-s', 'layering'] },
  { name: 'build', cmd: ['npm', 'run', '-s', 'build'] },
  { name: 'security scan', cmd: ['npm', 'run', '-s', 'security:scan'] },
  { name: 'unit', cmd: ['npx', 'vitest', 'run', '--project', 'unit', ...vitestJson('unit')], report: 'vitest' },
  { name: 'integration', cmd: ['npx', 'vitest', 'run', '--project', 'integration', ...vitestJson('integration')], report: 'vitest' },
  { name: 'e2e', cmd: ['npx', 'playwright', 'test', '-c', 'test/e2e/playwright.config.ts'], report: 'playwright', file: 'e2e' },
  { name: 'bench smoke', cmd: ['node', 'scripts/run-bench.mjs', '--smoke'] },
];

const totals = { passed: 0, failed: 0, skipped: 0 };
const summary = [];

function count(step) {
  const file = `${results}/${step.file ?? step.name}.json`;
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  if (step.report === 'vitest') return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
  const s = r.stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
}

for (const step of steps) {
  process.stdout.write(`\n=== ${step.name}: ${step.cmd.join(' ')}\n`);
  const started = Date.now();
  const run = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = run.status === 0;
  let line = `${ok ? 'ok  ' : 'FAIL'} ${step.name} (${seconds} s)`;
  if (step.report) {
    const c = count(step);
    if (c) {
      totals.passed += c.passed;
      totals.failed += c.failed;
      totals.skipped += c.skipped;
      line += `: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
    } else if (!ok) totals.failed += 1;
  }
  summary.push({ ok, line });
}

process.stdout.write(`\n=== summary\n${summary.map((s) => s.line).join('\n')}\n`);
const failedSteps = summary.filter((s) => !s.ok).length;
if (failedSteps && totals.failed === 0) totals.failed = failedSteps;
process.stdout.write(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(failedSteps ? 1 : 0);

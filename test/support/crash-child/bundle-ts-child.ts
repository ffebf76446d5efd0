// Test support: turns a TypeScript crash child into a plain .mjs node can run, so the child runs
// the production modules themselves (not a hand-written mirror). Bundled with esbuild into
// node_modules/.cache/ — inside the project, so the bundle still resolves npm packages (native
// ones included) from node_modules, as scripts/run-bench.mjs does.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Bundles `test/support/crash-child/<name>.ts`; resolves to the .mjs path. */
export async function bundleTsChild(name: string): Promise<string> {
  const outDir = path.join(ROOT, 'node_modules', '.cache', 'resched-crash-child');
  mkdirSync(outDir, { recursive: true });
  const outfile = path.join(outDir, `${name}.${process.pid}.mjs`);
  await build({
    entryPoints: [path.join(ROOT, 'test', 'support', 'crash-child', `${name}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return outfile;
}

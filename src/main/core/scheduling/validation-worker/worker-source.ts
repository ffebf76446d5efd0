// Owns finding the validation worker's code at run time. Every build bundles ./worker-entry.ts
// (with the rule engine and zod) into one self-contained CommonJS file, validation-worker.cjs,
// beside its own output: electron-vite's out/main (electron.vite.config.ts) and esbuild's out/cli
// and out/devhost (scripts/build-node-entries.mjs). The worker runs that text with `eval: true`,
// as the password and integrity workers do, so it runs from any bundle and never needs to load a
// file out of app.asar. Run from a checkout without that file — the TypeScript sources under
// vitest, or a bench bundled into node_modules/.cache — the entry is found in the checkout's src/
// and bundled in memory with esbuild (the project's own build tool, a dev dependency present
// wherever sources run), once per process, with the options the builds use.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Esbuild from 'esbuild';

export const WORKER_BUNDLE_NAME = 'validation-worker.cjs';

let cached: Promise<string> | null = null;

/** The worker's CommonJS source; a failed look-up is not cached, so a later call tries again. */
export function validationWorkerSource(): Promise<string> {
  cached ??= locate().catch((e: unknown) => {
    cached = null;
    throw e;
  });
  return cached;
}

async function locate(): Promise<string> {
  const bundled = fileURLToPath(new URL(`./${WORKER_BUNDLE_NAME}`, import.meta.url));
  if (existsSync(bundled)) return readFile(bundled, 'utf8');
  const entry = entryInCheckout(path.dirname(bundled));
  if (entry) return bundleFromSources(entry);
  throw new Error(`the validation worker is missing: expected ${bundled} (the build writes it beside the bundle)`);
}

const ENTRY = path.join('src', 'main', 'core', 'scheduling', 'validation-worker', 'worker-entry.ts');

/** ./worker-entry.ts when running from it, else the checkout's, looking up from `dir`. */
function entryInCheckout(dir: string): string | undefined {
  const beside = path.join(dir, 'worker-entry.ts');
  if (existsSync(beside)) return beside;
  for (let d = dir, up = 0; up < 6; d = path.dirname(d), up++) {
    if (existsSync(path.join(d, ENTRY))) return path.join(d, ENTRY);
  }
  return undefined;
}

async function bundleFromSources(entry: string): Promise<string> {
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof Esbuild;
  const out = await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', target: 'node20', format: 'cjs', write: false, logLevel: 'silent' });
  const file = out.outputFiles[0];
  if (!file) throw new Error('bundling the validation worker from sources produced no output');
  return file.text;
}

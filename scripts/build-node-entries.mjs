// Bundles the Node entry points electron-vite does not build: the admin CLI, the browser host and
// the browser host's page bridge. npm packages stay external (native modules among them).
// Beside the CLI and the browser host goes the rule engine's worker (validation-worker.cjs): one
// self-contained CommonJS file, zod included, that src/main/core/scheduling/validation-worker runs
// with `eval: true` (electron.vite.config.ts writes the same file into out/main).
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const define = { __APP_VERSION__: JSON.stringify(pkg.version) };
const node = { bundle: true, platform: 'node', target: 'node20', format: 'esm', packages: 'external', define, logLevel: 'warning', sourcemap: true };

const validationWorker = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', entryPoints: ['src/main/core/scheduling/validation-worker/worker-entry.ts'] };

await Promise.all([
  build({ ...node, entryPoints: ['src/cli/main.ts'], outfile: 'out/cli/resched.js' }),
  build({ ...node, entryPoints: ['src/devhost/index.ts'], outfile: 'out/devhost/index.js' }),
  build({ ...validationWorker, outfile: 'out/cli/validation-worker.cjs' }),
  build({ ...validationWorker, outfile: 'out/devhost/validation-worker.cjs' }),
  build({
    bundle: true,
    platform: 'browser',
    target: 'chrome120',
    format: 'iife',
    entryPoints: ['src/devhost/bridge/bridge.ts'],
    outfile: 'out/devhost/bridge.js',
    logLevel: 'warning',
  }),
]);

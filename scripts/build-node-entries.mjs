// Bundles the Node entry points electron-vite does not build: the admin CLI, the browser host and
// the browser host's page bridge. npm packages stay external (native modules among them).
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const define = { __APP_VERSION__: JSON.stringify(pkg.version) };
const node = { bundle: true, platform: 'node', target: 'node20', format: 'esm', packages: 'external', define, logLevel: 'warning', sourcemap: true };

await Promise.all([
  build({ ...node, entryPoints: ['src/cli/main.ts'], outfile: 'out/cli/resched.js' }),
  build({ ...node, entryPoints: ['src/devhost/index.ts'], outfile: 'out/devhost/index.js' }),
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

// Entry of the browser host (development and tests only; never packaged): the real core in Node,
// the built renderer in any Chromium, the same IPC contract over a loopback WebSocket.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createCore, type Core } from '../main/core/api';
import { createLogger, stderrSink } from '../main/core/log';
import { assertSecureStartup, InsecureConfigurationError } from '../main/core/startup';
import { createKeytarBackend } from '../main/core/vault';
import { PRODUCT_NAME } from '../shared/product';
import { startDevhost } from './server';

if (process.versions['electron']) {
  // The browser host must be unreachable from the desktop app.
  throw new Error('The browser host cannot run inside Electron.');
}

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    'no-keychain': { type: 'boolean', default: false },
    'pbkdf2-iterations': { type: 'string' },
  },
});

const iterations = values['pbkdf2-iterations'] ?? process.env['RESCHED_PBKDF2_ITERATIONS'];
try {
  assertSecureStartup({ pbkdf2Iterations: iterations });
} catch (e) {
  if (!(e instanceof InsecureConfigurationError)) throw e;
  process.stderr.write(`${e.message}\n`);
  process.exit(78);
}

const dataDir = values['data-dir'] ?? mkdtempSync(path.join(os.tmpdir(), 'resched-devhost-'));
const log = createLogger(stderrSink, 'devhost');
let core: Core | null = null;
const host = await startDevhost({
  rendererDir: path.resolve(here, '../renderer'),
  bridgeFile: path.resolve(here, 'bridge.js'),
  port: values.port ? Number(values.port) : 0,
  log,
  dispatcher: () => {
    if (!core) throw new Error('core not ready');
    return core.dispatcher;
  },
});
core = createCore({
  dataDir,
  keychain: values['no-keychain'] ? null : createKeytarBackend(),
  log,
  identity: { productName: PRODUCT_NAME, version: process.env['npm_package_version'] ?? readVersion(), host: 'browser-host' },
  emitProgress: (caller, frame) => host.sendProgress(caller.id, frame),
  broadcast: (event) => host.broadcast(event),
  ...(iterations ? { pbkdf2Iterations: Number(iterations) } : {}),
});

function readVersion(): string {
  // Bundled builds carry the version in; running from source falls back to package.json.
  return typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev';
}

process.stdout.write(`Residency Scheduler browser host (development only)\n  data: ${dataDir}\n  open: ${host.url}\n`);

const stop = () => {
  core?.shutdown();
  void host.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

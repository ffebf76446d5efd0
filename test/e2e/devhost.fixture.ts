// Starts the real browser host (built core, real encrypted store, real keychain when asked) for
// one test, on a fresh data directory, and stops it afterwards.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base } from '@playwright/test';

export interface DevhostHandle {
  url: string;
  origin: string;
  dataDir: string;
  process: ChildProcess;
}

export async function startDevhost(opts: { keychain?: boolean; dataDir?: string } = {}): Promise<DevhostHandle> {
  const dataDir = opts.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'resched-e2e-'));
  const args = ['out/devhost/index.js', '--data-dir', dataDir, ...(opts.keychain ? [] : ['--no-keychain'])];
  const child = spawn(process.execPath, args, { cwd: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'), stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`devhost did not start: ${stderr}`)), 15_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /open: (\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`devhost exited ${code}: ${stderr}`)));
  });
  return { url, origin: new URL(url).origin, dataDir, process: child };
}

export async function stopDevhost(h: DevhostHandle, opts: { keepData?: boolean } = {}): Promise<void> {
  if (h.process.exitCode === null) {
    const exited = new Promise((r) => h.process.once('exit', r));
    h.process.kill('SIGTERM');
    await exited;
  }
  if (!opts.keepData) rmSync(h.dataDir, { recursive: true, force: true });
}

export const test = base.extend<{ devhost: DevhostHandle }>({
  devhost: async ({}, use) => {
    const h = await startDevhost();
    await use(h);
    await stopDevhost(h);
  },
});
export { expect } from '@playwright/test';

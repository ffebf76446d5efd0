// One process per data folder: a CLI command that would write refuses while another live process
// holds the folder, read-only inspection still works, and a lock left by a dead process is taken over.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../support/temp-dir';
import { runCli } from './support/cli';

const PASSPHRASE = 'orbit lantern quietly marching seventy';
const tempDir = useTempDirs();
const sleepers: { kill(): void }[] = [];
afterEach(() => sleepers.splice(0).forEach((s) => s.kill()));

async function initialised() {
  const dir = tempDir();
  const data = path.join(dir, 'data');
  writeFileSync(path.join(dir, 'pass'), PASSPHRASE);
  writeFileSync(path.join(dir, 'new'), 'copper meadow whistles at midnight');
  expect((await runCli(['init', '--data-dir', data, '--passphrase-file', path.join(dir, 'pass'), '--no-keychain'])).code).toBe(0);
  return { dir, data };
}

function holdLockWithLiveProcess(data: string): number {
  const child = spawn('sleep', ['60'], { stdio: 'ignore' });
  sleepers.push(child);
  writeFileSync(path.join(data, '.resched.lock'), `${child.pid} 2026-11-28T00:00:00.000Z\n`);
  return child.pid!;
}

describe('data folder lock', () => {
  it('refuses a writing command while another live process holds the folder, and changes nothing', async () => {
    const { dir, data } = await initialised();
    holdLockWithLiveProcess(data);
    const r = await runCli(['passphrase-change', '--data-dir', data, '--passphrase-file', path.join(dir, 'pass'), '--new-passphrase-file', path.join(dir, 'new'), '--no-keychain']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('Another Residency Scheduler process is using this data folder');
    const check = await runCli(['unlock-check', '--data-dir', data, '--passphrase-file', path.join(dir, 'pass'), '--no-keychain']);
    expect(check.code).toBe(0);
  });

  it('still answers read-only status beside a running process', async () => {
    const { data } = await initialised();
    holdLockWithLiveProcess(data);
    expect((await runCli(['status', '--data-dir', data, '--no-keychain', '--json'])).code).toBe(0);
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const { dir, data } = await initialised();
    const child = spawn('true');
    await new Promise((r) => child.once('exit', r));
    writeFileSync(path.join(data, '.resched.lock'), `${child.pid} 2026-11-28T00:00:00.000Z\n`);
    const r = await runCli(['passphrase-change', '--data-dir', data, '--passphrase-file', path.join(dir, 'pass'), '--new-passphrase-file', path.join(dir, 'new'), '--no-keychain']);
    expect(r.code, r.stderr).toBe(0);
  });
});

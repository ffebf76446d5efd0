// `resched keys list` against a data directory made by `resched init`, with keys generated through
// core as the app does: metadata only, filters as on the keys screen, never material.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKeysService } from '../../src/main/core/keys';
import { createMemoryLogger } from '../../src/main/core/log';
import { createWorkstation } from '../../src/main/core/workstation';
import { useTempDirs } from '../support/temp-dir';
import { runCli } from './support/cli';

const PASSPHRASE = 'orbit lantern quietly marching seventy';
const tempDir = useTempDirs();

async function init() {
  const dir = tempDir();
  const data = path.join(dir, 'data');
  const pass = path.join(dir, 'pass');
  writeFileSync(pass, `${PASSPHRASE}\n`);
  const r = await runCli(['init', '--data-dir', data, '--passphrase-file', pass, '--no-keychain']);
  expect(r.code, r.stderr).toBe(0);
  return { dir, data, pass };
}

/** Generates keys through core in the same data directory, then lets go of it for the CLI. */
async function withKeys(data: string) {
  const ws = createWorkstation({ dataDir: data, keychain: null, log: createMemoryLogger().logger, appVersion: '0.0.0-test' });
  await ws.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
  const keys = createKeysService({ reader: () => ws.reader(), writer: () => ws.writer(), kek: (v) => ws.vault.derive('keyEncryptionKey', `v${v}`) });
  const signing = await keys.generate({ name: 'backup-signing', type: 'ec-p256', purpose: 'backup', rotationDays: 180 }, 'cli');
  const data1 = await keys.generate({ name: 'export-data', type: 'aes-256', purpose: 'data' }, 'cli');
  const { current } = await keys.rotateKey(data1.id, { actor: 'cli', retire: true });
  ws.close();
  return { signing, data1, data2: current };
}

type Listed = { dataDir: string; keys: { id: string; name: string; version: number; status: string; type: string; kekVersion: number }[] };

describe('resched keys list', () => {
  it('lists nothing on a freshly initialised data directory', async () => {
    const { data, pass } = await init();
    const r = await runCli(['keys', 'list', '--data-dir', data, '--passphrase-file', pass, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ dataDir: data, keys: [] });
  });

  it('lists every key version with its status and KEK version, and no material', async () => {
    const { data, pass } = await init();
    const { signing, data1, data2 } = await withKeys(data);
    const r = await runCli(['keys', 'list', '--data-dir', data, '--passphrase-file', pass, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const listed = JSON.parse(r.stdout) as Listed;
    expect(listed.keys.map((k) => [k.name, k.version, k.status, k.kekVersion])).toEqual([
      ['backup-signing', 1, 'active', 1],
      ['export-data', 1, 'inactive', 1],
      ['export-data', 2, 'active', 1],
    ]);
    expect(listed.keys.map((k) => k.id)).toEqual([signing.id, data1.id, data2.id]);
    expect(r.stdout).not.toMatch(/material|public_key|BEGIN|"d"/);
  });

  it('filters by status, purpose and type', async () => {
    const { data, pass } = await init();
    const { signing, data2 } = await withKeys(data);
    const list = async (...filter: string[]) => {
      const r = await runCli(['keys', 'list', '--data-dir', data, '--passphrase-file', pass, '--json', ...filter]);
      expect(r.code, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as Listed).keys.map((k) => k.id);
    };
    expect(await list('--status', 'active', '--type', 'aes-256')).toEqual([data2.id]);
    expect(await list('--purpose', 'backup')).toEqual([signing.id]);
  });

  it('prints one line per key without --json', async () => {
    const { data, pass } = await init();
    await withKeys(data);
    const r = await runCli(['keys-list', '--data-dir', data, '--passphrase-file', pass]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(3);
    expect(r.stdout).toContain('backup-signing  v1  ec-p256  backup  active');
  });

  it('refuses an unknown status with exit 2 and the allowed values', async () => {
    const { data, pass } = await init();
    const r = await runCli(['keys', 'list', '--data-dir', data, '--passphrase-file', pass, '--status', 'archived']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--status must be one of: active, rotating');
  });

  it('answers a wrong passphrase with exit 1 and lists nothing', async () => {
    const { dir, data } = await init();
    writeFileSync(path.join(dir, 'wrong'), 'not the passphrase at all, sorry\n');
    const r = await runCli(['keys', 'list', '--data-dir', data, '--passphrase-file', path.join(dir, 'wrong'), '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
  });
});

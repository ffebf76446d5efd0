// `resched keys rotate TYPE` against a real data directory made by `resched init`: exit codes,
// what is recorded, and that a refused rotation changes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../src/main/core/log';
import { readDatabaseKeyState } from '../../src/main/core/rekey';
import { openStore, STORE_FILE_NAME } from '../../src/main/core/store';
import { createVault } from '../../src/main/core/vault';
import { useTempDirs } from '../support/temp-dir';
import { runCli } from './support/cli';

const PASSPHRASE = 'orbit lantern quietly marching seventy';
const tempDir = useTempDirs();

async function init() {
  const dir = tempDir();
  const data = path.join(dir, 'data');
  const pass = path.join(dir, 'pass');
  const recovery = path.join(dir, 'recovery.txt');
  writeFileSync(pass, `${PASSPHRASE}\n`);
  const r = await runCli(['init', '--data-dir', data, '--passphrase-file', pass, '--no-keychain', '--recovery-out', recovery]);
  expect(r.code, r.stderr).toBe(0);
  return { dir, data, pass, recovery, vaultJson: path.join(data, 'vault.json') };
}

const rotate = (type: string, data: string, ...rest: string[]) => runCli(['keys', 'rotate', type, '--data-dir', data, '--no-keychain', ...rest]);

describe('resched keys rotate', () => {
  it('rotates the key-encryption key, exit 0, and answers the history entry with --json', async () => {
    const { data, pass } = await init();
    const r = await rotate('key-encryption-key', data, '--passphrase-file', pass, '--reason', 'annual rotation', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      type: 'key-encryption-key',
      status: 'completed',
      initiator: 'cli',
      reason: 'annual rotation',
      newFingerprint: expect.stringMatching(/^sha256:[0-9a-f]{32}$/),
    });
  });

  it('rotates the master key with both secrets, after which both still open the vault', async () => {
    const { data, pass, recovery } = await init();
    const r = await rotate('master-key', data, '--passphrase-file', pass, '--recovery-file', recovery);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Rotated master-key: sha256:[0-9a-f]{32} → sha256:[0-9a-f]{32}\. History entry /);
    for (const secret of [['--passphrase-file', pass], ['--recovery-file', recovery]]) {
      const check = await runCli(['audit', 'verify', '--data-dir', data, '--no-keychain', ...secret]);
      expect(check.code, check.stderr).toBe(0);
    }
  });

  it('refuses a master-key rotation without the recovery code, exit 2, vault.json untouched', async () => {
    const { data, pass, vaultJson } = await init();
    const before = readFileSync(vaultJson);
    const r = await rotate('master-key', data, '--passphrase-file', pass);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--recovery-file');
    expect(readFileSync(vaultJson).equals(before)).toBe(true);
  });

  it('exits 1 and changes nothing when the recovery code given does not open the recovery slot', async () => {
    const { dir, data, pass, vaultJson } = await init();
    const before = readFileSync(vaultJson);
    const wrong = path.join(dir, 'wrong.txt');
    writeFileSync(wrong, 'ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ\n');
    const r = await rotate('master-key', data, '--passphrase-file', pass, '--recovery-file', wrong);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[ERR_VAULT_UNLOCK_FAILED]');
    expect(readFileSync(vaultJson).equals(before)).toBe(true);
  });

  it('re-keys the database, exit 0: the store then opens with database-key version 2 and refuses version 1', async () => {
    const { data, pass } = await init();
    const r = await rotate('database-key', data, '--passphrase-file', pass, '--json');
    expect(r.code, r.stderr).toBe(0);
    const record = JSON.parse(r.stdout) as { type: string; status: string; oldFingerprint: string; newFingerprint: string };
    expect(record).toMatchObject({ type: 'database-key', status: 'completed', oldFingerprint: expect.stringMatching(/^sha256:[0-9a-f]{32}$/) });
    expect(record.newFingerprint).not.toBe(record.oldFingerprint);
    expect(readDatabaseKeyState(data)).toEqual({ current: 2, pending: null });
    // The CLI reopens it like the app does (store-key.json names the version) ...
    const check = await runCli(['audit', 'verify', '--data-dir', data, '--no-keychain', '--passphrase-file', pass]);
    expect(check.code, check.stderr).toBe(0);
    // ... and the version-1 key no longer opens it.
    const vault = createVault({ dataDir: data, keychain: null, log: createMemoryLogger().logger });
    await vault.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
    const tryKey = (key: Buffer) => {
      try {
        openStore(path.join(data, STORE_FILE_NAME), key, { readonly: true }).close();
        return 'opened';
      } catch (e) {
        return (e as { code?: string }).code;
      }
    };
    expect(tryKey(vault.derive('databaseKey'))).toBe('ERR_STORE_KEY_MISMATCH');
    expect(tryKey(vault.derive('databaseKey', 'v2'))).toBe('opened');
    vault.lock();
    const history = await runCli(['keys', 'rotate', 'database-key', '--data-dir', data, '--no-keychain', '--passphrase-file', pass, '--json']);
    expect(JSON.parse(history.stdout)).toMatchObject({ type: 'database-key', oldFingerprint: record.newFingerprint });
  });

  it('exits 1 when there is no backup-signing key to rotate', async () => {
    const { data, pass } = await init();
    const r = await rotate('backup-signing-key', data, '--passphrase-file', pass);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[ERR_ROTATION_FAILED]');
  });

  it('exits 2 for an unknown type and for a program data key without --program', async () => {
    const { data, pass } = await init();
    expect((await rotate('everything', data, '--passphrase-file', pass)).code).toBe(2);
    const r = await rotate('program-data-key', data, '--passphrase-file', pass);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--program');
  });
});

// `resched init`, `status`, `unlock-check` and `passphrase-change` against real files, as an admin
// on a workstation without a keyring would use them.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../support/temp-dir';
import { runCli } from './support/cli';
import { databaseKey, derivationRoot, masterKeyFromRecoveryCode } from './support/independent-keyslot-reader';

const PASSPHRASE = 'orbit lantern quietly marching seventy';
const tempDir = useTempDirs();

async function init() {
  const dir = tempDir();
  const data = path.join(dir, 'data');
  writeFileSync(path.join(dir, 'pass'), `${PASSPHRASE}\n`);
  const r = await runCli(['init', '--data-dir', data, '--passphrase-file', path.join(dir, 'pass'), '--no-keychain', '--recovery-out', path.join(dir, 'recovery.txt')]);
  expect(r.code, r.stderr).toBe(0);
  return { dir, data, recoveryCode: readFileSync(path.join(dir, 'recovery.txt'), 'utf8').trim() };
}

function everyFileIn(dir: string): Buffer[] {
  return readdirSync(dir).map((n) => readFileSync(path.join(dir, n)));
}

describe('resched init --no-keychain', () => {
  it('creates a store whose files contain neither the passphrase nor the master key', async () => {
    const { data, recoveryCode } = await init();
    const mk = masterKeyFromRecoveryCode(path.join(data, 'vault.json'), recoveryCode);
    expect(mk).toHaveLength(32);
    for (const bytes of everyFileIn(data)) {
      expect(bytes.includes(Buffer.from(PASSPHRASE))).toBe(false);
      for (const form of [mk, Buffer.from(mk.toString('hex')), Buffer.from(mk.toString('base64'))]) expect(bytes.includes(form)).toBe(false);
    }
  });

  it('creates a store an independent reader opens with the documented key derivation', async () => {
    const { data, recoveryCode } = await init();
    const vaultJson = path.join(data, 'vault.json');
    const key = databaseKey(vaultJson, derivationRoot(vaultJson, masterKeyFromRecoveryCode(vaultJson, recoveryCode)));
    const db = new Database(path.join(data, 'store.db'), { readonly: true });
    db.pragma("cipher = 'aegis'"); // docs/security/storage.md
    db.pragma(`key = "x'${key.toString('hex')}'"`);
    expect(db.prepare('SELECT name FROM schema_migrations ORDER BY version').pluck().all()).toContain('schema-meta');
    db.close();
  });

  it('refuses to run a second time on the same directory', async () => {
    const { dir, data } = await init();
    const r = await runCli(['init', '--data-dir', data, '--passphrase-file', path.join(dir, 'pass'), '--no-keychain']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('A vault already exists here');
  });

  it('refuses a weak passphrase with exit 1 and says why', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'pass'), 'too short\n');
    const r = await runCli(['init', '--data-dir', path.join(dir, 'data'), '--passphrase-file', path.join(dir, 'pass'), '--no-keychain']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('at least 15 characters');
  });

  it('reads the passphrase from stdin with "-"', async () => {
    const dir = tempDir();
    const r = await runCli(['init', '--data-dir', path.join(dir, 'data'), '--passphrase-file', '-', '--no-keychain', '--json'], { stdin: `${PASSPHRASE}\n` });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ recoveryCode: expect.stringMatching(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/) });
  });

  it('rejects unknown options with exit 2 and the usage', async () => {
    const r = await runCli(['init', '--data-dir', tempDir(), '--passphrase', PASSPHRASE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--passphrase-file');
  });
});

describe('resched status --json', () => {
  it('lists the passphrase and recovery slots and no secret', async () => {
    const { data, recoveryCode } = await init();
    const r = await runCli(['status', '--data-dir', data, '--no-keychain', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { vault: { state: string; slots: { kind: string; backend: string }[] } };
    expect(out.vault.state).toBe('locked');
    expect(out.vault.slots.map((s) => [s.kind, s.backend])).toEqual([
      ['recovery', 'recovery-code'],
      ['passphrase', 'pbkdf2-sha256'],
    ]);
    expect(r.stdout).not.toContain(recoveryCode);
    expect(r.stdout).not.toContain('wrapped');
  });
});

describe('resched unlock-check', () => {
  it('exits non-zero with a specific message for a wrong passphrase', async () => {
    const { dir, data } = await init();
    writeFileSync(path.join(dir, 'wrong'), 'copper meadow whistles at midnight\n');
    const r = await runCli(['unlock-check', '--data-dir', data, '--passphrase-file', path.join(dir, 'wrong'), '--no-keychain']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('does not open this vault');
  });

  it('reports the passphrase and recovery slots as opening with the right secrets', async () => {
    const { dir, data } = await init();
    const r = await runCli(['unlock-check', '--data-dir', data, '--passphrase-file', path.join(dir, 'pass'), '--recovery-file', path.join(dir, 'recovery.txt'), '--no-keychain', '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { slots: { kind: string; opens: boolean }[] }).slots.map((s) => [s.kind, s.opens])).toEqual([
      ['recovery', true],
      ['passphrase', true],
    ]);
  });
});

describe('resched passphrase-change', () => {
  it('replaces the passphrase and leaves the store bytes untouched', async () => {
    const { dir, data } = await init();
    const storeBefore = readFileSync(path.join(data, 'store.db'));
    writeFileSync(path.join(dir, 'new'), 'copper meadow whistles at midnight\n');
    const r = await runCli(['passphrase-change', '--data-dir', data, '--passphrase-file', path.join(dir, 'pass'), '--new-passphrase-file', path.join(dir, 'new'), '--no-keychain']);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(path.join(data, 'store.db')).equals(storeBefore)).toBe(true);
    const old = await runCli(['unlock-check', '--data-dir', data, '--passphrase-file', path.join(dir, 'pass'), '--no-keychain']);
    const fresh = await runCli(['unlock-check', '--data-dir', data, '--passphrase-file', path.join(dir, 'new'), '--no-keychain']);
    expect([old.code, fresh.code]).toEqual([1, 0]);
  });
});

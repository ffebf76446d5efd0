// The OS-keychain slot against a real Secret Service (gnome-keyring), through real keytar.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../src/main/core/log';
import { createKeytarBackend, createVault } from '../../src/main/core/vault';
import { useTempDirs } from '../support/temp-dir';
import { runCli } from './support/cli';
import { envWithoutSecretService, secretServiceAvailable } from './support/secret-service';

const PASSPHRASE = 'orbit lantern quietly marching seventy';
const SERVICE = `org.residency-scheduler.test.${randomUUID()}`;
const tempDir = useTempDirs();
const backend = () => createKeytarBackend({ service: SERVICE });
const created: string[] = [];

afterAll(async () => {
  if (!process.env['DBUS_SESSION_BUS_ADDRESS']) return;
  for (const account of created) await backend().deleteSecret(account).catch(() => undefined);
});

describe.runIf(secretServiceAvailable())('keytar against gnome-keyring', () => {
  it('probes the keyring as available', async () => {
    await expect(backend().probe()).resolves.toEqual({ available: true });
  });

  it('stores, reads back and deletes a secret', async () => {
    const kc = backend();
    const account = `test-${randomUUID()}`;
    created.push(account);
    await kc.setSecret(account, 'c2VjcmV0');
    await expect(kc.getSecret(account)).resolves.toBe('c2VjcmV0');
    await expect(kc.deleteSecret(account)).resolves.toBe(true);
    await expect(kc.getSecret(account)).resolves.toBeNull();
  });

  it('unlocks a vault automatically with the keychain slot after a restart', async () => {
    const dir = tempDir();
    const first = createVault({ dataDir: dir, keychain: backend(), log: createMemoryLogger().logger });
    await first.setup({ useKeychain: true, passphrase: PASSPHRASE });
    const dbKey = first.derive('databaseKey');
    const status = await first.status();
    created.push(...status.slots.filter((s) => s.kind === 'os-keychain').map((s) => s.id));
    expect(status.slots.find((s) => s.kind === 'os-keychain')?.backend).toBe('libsecret');
    first.lock();

    const second = createVault({ dataDir: dir, keychain: backend(), log: createMemoryLogger().logger });
    await second.unlock({ method: 'keychain' });
    expect(second.derive('databaseKey').equals(dbKey)).toBe(true);
  });

  it('says the keyring lost the entry and still opens with the passphrase', async () => {
    const dir = tempDir();
    const vault = createVault({ dataDir: dir, keychain: backend(), log: createMemoryLogger().logger });
    await vault.setup({ useKeychain: true, passphrase: PASSPHRASE });
    const slot = (await vault.status()).slots.find((s) => s.kind === 'os-keychain')!;
    vault.lock();
    await backend().deleteSecret(slot.id);

    const again = createVault({ dataDir: dir, keychain: backend(), log: createMemoryLogger().logger });
    await expect(again.unlock({ method: 'keychain' })).rejects.toMatchObject({ code: 'ERR_KEYCHAIN_ENTRY_MISSING' });
    await expect(again.unlock({ method: 'passphrase', passphrase: PASSPHRASE })).resolves.toBeUndefined();
  });

  it('adds and removes a keychain slot, deleting its keyring entry', async () => {
    const dir = tempDir();
    const kc = backend();
    const vault = createVault({ dataDir: dir, keychain: kc, log: createMemoryLogger().logger });
    await vault.setup({ useKeychain: false, passphrase: PASSPHRASE });
    await vault.addKeychainSlot();
    const slot = (await vault.status()).slots.find((s) => s.kind === 'os-keychain')!;
    created.push(slot.id);
    await expect(kc.getSecret(slot.id)).resolves.not.toBeNull();
    await vault.removeSlot(slot.id);
    await expect(kc.getSecret(slot.id)).resolves.toBeNull();
  });
});

describe('without a Secret Service', () => {
  it('resched status reports the keyring as unavailable with the specific message', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'pass'), PASSPHRASE);
    const data = path.join(dir, 'data');
    expect((await runCli(['init', '--data-dir', data, '--passphrase-file', path.join(dir, 'pass'), '--no-keychain'])).code).toBe(0);
    const r = await runCli(['status', '--data-dir', data, '--json'], { env: envWithoutSecretService() });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ vault: { keychain: { available: false, problem: 'ERR_KEYCHAIN_UNAVAILABLE' } } });
  });

  it('resched init with the keychain refuses and says no keyring service is running', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'pass'), PASSPHRASE);
    const r = await runCli(['init', '--data-dir', path.join(dir, 'data'), '--passphrase-file', path.join(dir, 'pass')], { env: envWithoutSecretService() });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('No keyring service is running on this workstation');
  });
});

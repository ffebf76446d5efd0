// Master-key rotation rewraps keyslots only: a new MK, the same passphrase and recovery code, the
// same derived keys (the store opens, the audit chain verifies), and an old copy of vault.json is
// no longer opened by the keychain. A wrong secret part-way leaves vault.json exactly as it was.
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KeychainStatus } from '../../../../../src/shared/contract';
import { createCore } from '../../../../../src/main/core/api';
import { createMemoryLogger } from '../../../../../src/main/core/log';
import { keyFingerprint } from '../../../../../src/main/core/rotation';
import { createVault, type KeychainBackend } from '../../../../../src/main/core/vault';
import { masterKeyFromRecoveryCode } from '../../../../integration/support/independent-keyslot-reader';
import { useTempDirs } from '../../../../support/temp-dir';
import { ADMIN, TEST_PASSPHRASE } from '../../../../support/unlocked-core';

const tempDir = useTempDirs();

async function coreWithRecovery() {
  const dataDir = tempDir();
  const core = createCore({
    dataDir,
    keychain: null,
    log: createMemoryLogger().logger,
    identity: { productName: 'Residency Scheduler', version: '0.0.0-test', host: 'browser-host' },
    emitProgress: () => undefined,
    broadcast: () => undefined,
  });
  const { recoveryCode } = await core.workstation.setup({ useKeychain: false, passphrase: TEST_PASSPHRASE });
  const call = (channel: string, input: unknown) => core.dispatcher.dispatch({ id: 'admin-window' }, { channel, input });
  expect(await call('auth.createFirstAdmin', ADMIN)).toMatchObject({ ok: true });
  const vaultJson = path.join(dataDir, 'vault.json');
  return { core, call, recoveryCode, vaultJson, dataDir };
}

const rotateMk = (call: (c: string, i: unknown) => Promise<unknown>, secrets: { passphrase?: string; recoveryCode?: string }) =>
  call('rotation.run', { type: 'master-key', reason: 'custodian left', ...secrets }) as Promise<{ ok: boolean; value?: { status: string; oldFingerprint: string; newFingerprint: string }; error?: { code: string } }>;

/** A keychain held in memory: the KeychainBackend interface is where tests plug in theirs. */
function memoryKeychain(): KeychainBackend & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  const available: KeychainStatus = { available: true };
  return {
    name: 'memory',
    entries,
    probe: () => Promise.resolve(available),
    getSecret: (a) => Promise.resolve(entries.get(a) ?? null),
    setSecret: (a, s) => Promise.resolve(void entries.set(a, s)),
    deleteSecret: (a) => Promise.resolve(entries.delete(a)),
  };
}

describe('master-key rotation', () => {
  it('replaces MK, after which the same passphrase and recovery code still unlock', async () => {
    const { core, call, recoveryCode, vaultJson } = await coreWithRecovery();
    const oldMk = masterKeyFromRecoveryCode(vaultJson, recoveryCode);
    const r = await rotateMk(call, { passphrase: TEST_PASSPHRASE, recoveryCode });
    expect(r).toMatchObject({ ok: true, value: { status: 'completed', oldFingerprint: keyFingerprint('master-key', oldMk) } });
    const newMk = masterKeyFromRecoveryCode(vaultJson, recoveryCode);
    expect(newMk.equals(oldMk)).toBe(false);
    expect(r.value!.newFingerprint).toBe(keyFingerprint('master-key', newMk));
    core.workstation.lock();
    await core.workstation.unlock({ method: 'passphrase', passphrase: TEST_PASSPHRASE });
    core.workstation.lock();
    await core.workstation.unlock({ method: 'recovery', recoveryCode });
    core.shutdown();
  }, 30_000);

  it('changes no derived key: the store opens and the audit chain verifies after a restart', async () => {
    const { core, call, recoveryCode, dataDir } = await coreWithRecovery();
    const dbKey = core.workstation.vault.derive('databaseKey');
    expect(await rotateMk(call, { passphrase: TEST_PASSPHRASE, recoveryCode })).toMatchObject({ ok: true });
    core.shutdown();
    const again = createCore({
      dataDir,
      keychain: null,
      log: createMemoryLogger().logger,
      identity: { productName: 'Residency Scheduler', version: '0.0.0-test', host: 'browser-host' },
      emitProgress: () => undefined,
      broadcast: () => undefined,
    });
    await again.workstation.unlock({ method: 'passphrase', passphrase: TEST_PASSPHRASE });
    expect(again.workstation.vault.derive('databaseKey').equals(dbKey)).toBe(true);
    const verify = again.services.audit.verify();
    expect(verify.valid).toBe(true);
    expect(verify.entries).toBeGreaterThanOrEqual(3);
    const actions = again.services.audit.list({ limit: 10 }).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['rotation.start', 'rotation.complete']));
    again.shutdown();
  }, 30_000);

  it('refuses to rotate without the recovery code with ERR_ROTATION_SECRET_REQUIRED, leaving vault.json untouched and the history failed', async () => {
    const { core, call, vaultJson } = await coreWithRecovery();
    const before = readFileSync(vaultJson);
    const r = await rotateMk(call, { passphrase: TEST_PASSPHRASE });
    expect(r).toMatchObject({ ok: false, error: { code: 'ERR_ROTATION_SECRET_REQUIRED' } });
    expect(readFileSync(vaultJson).equals(before)).toBe(true);
    const history = (await call('rotation.history', { type: 'master-key' })) as { value: { status: string; errorCode: string }[] };
    expect(history.value).toMatchObject([{ status: 'failed', errorCode: 'ERR_ROTATION_SECRET_REQUIRED' }]);
    core.shutdown();
  }, 30_000);

  it('rolls back when a secret is wrong part-way: the old MK still opens every slot', async () => {
    const { core, call, recoveryCode, vaultJson } = await coreWithRecovery();
    const before = readFileSync(vaultJson);
    // The recovery slot comes first and rewraps; the passphrase slot after it refuses.
    expect(await rotateMk(call, { passphrase: 'not the passphrase of this vault', recoveryCode })).toMatchObject({ ok: false, error: { code: 'ERR_VAULT_UNLOCK_FAILED' } });
    expect(readFileSync(vaultJson).equals(before)).toBe(true);
    core.workstation.lock();
    await core.workstation.unlock({ method: 'recovery', recoveryCode });
    core.shutdown();
  }, 30_000);

  it('gives the keychain slot a new entry, so an old copy of vault.json no longer opens with the keychain', async () => {
    const dir = tempDir();
    const keychain = memoryKeychain();
    const vault = createVault({ dataDir: dir, keychain, log: createMemoryLogger().logger });
    const { recoveryCode } = await vault.setup({ useKeychain: true, passphrase: TEST_PASSPHRASE });
    const dbKey = vault.derive('databaseKey');
    copyFileSync(path.join(dir, 'vault.json'), path.join(dir, 'old-vault.json'));
    await vault.rotateMasterKey({ passphrase: TEST_PASSPHRASE, recoveryCode, fingerprint: (k) => keyFingerprint('master-key', k) });
    expect(keychain.entries.size).toBe(1);
    vault.lock();

    const current = createVault({ dataDir: dir, keychain, log: createMemoryLogger().logger });
    await current.unlock({ method: 'keychain' });
    expect(current.derive('databaseKey').equals(dbKey)).toBe(true);

    const oldDir = tempDir();
    copyFileSync(path.join(dir, 'old-vault.json'), path.join(oldDir, 'vault.json'));
    const old = createVault({ dataDir: oldDir, keychain, log: createMemoryLogger().logger });
    await expect(old.unlock({ method: 'keychain' })).rejects.toMatchObject({ code: 'ERR_KEYCHAIN_ENTRY_MISSING' });
  });
});

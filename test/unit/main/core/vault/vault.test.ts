import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../../../src/main/core/log';
import { createVault, type Vault } from '../../../../../src/main/core/vault';
import { snapshotDir } from '../../../../support/dir-snapshot';
import { useTempDirs } from '../../../../support/temp-dir';

const PASSPHRASE = 'orbit lantern quietly marching seventy';
const OTHER = 'copper meadow whistles at midnight';
const tempDir = useTempDirs();

function vaultIn(dataDir: string): Vault {
  return createVault({ dataDir, keychain: null, log: createMemoryLogger().logger, dataFiles: ['store.db'] });
}

async function created() {
  const dir = tempDir();
  const vault = vaultIn(dir);
  const { recoveryCode } = await vault.setup({ useKeychain: false, passphrase: PASSPHRASE });
  const dbKey = vault.derive('databaseKey');
  vault.lock();
  return { dir, recoveryCode, dbKey };
}

const codeOf = (p: Promise<unknown>) => p.then(() => 'resolved', (e: { code?: string }) => e.code ?? 'no code');

describe('vault setup', () => {
  it('creates a passphrase slot and a recovery slot and leaves the vault unlocked', async () => {
    const vault = vaultIn(tempDir());
    await vault.setup({ useKeychain: false, passphrase: PASSPHRASE });
    const status = await vault.status();
    expect(status.state).toBe('unlocked');
    expect(status.slots.map((s) => s.kind).sort()).toEqual(['passphrase', 'recovery']);
    expect(status.recoveryConfirmed).toBe(false);
  });

  it('gives a recovery code of eight groups of four characters (160 bits)', async () => {
    const { recoveryCode } = await vaultIn(tempDir()).setup({ useKeychain: false, passphrase: PASSPHRASE });
    expect(recoveryCode).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('writes neither the passphrase nor the recovery code to disk', async () => {
    const { dir, recoveryCode } = await created();
    const text = readFileSync(path.join(dir, 'vault.json'), 'utf8');
    expect(text).not.toContain(PASSPHRASE);
    expect(text).not.toContain(recoveryCode);
    expect(text).not.toContain(recoveryCode.replace(/-/g, ''));
  });

  it('refuses to replace an existing vault and leaves it untouched', async () => {
    const { dir } = await created();
    const before = snapshotDir(dir);
    expect(await codeOf(vaultIn(dir).setup({ useKeychain: false, passphrase: OTHER }))).toBe('ERR_VAULT_ALREADY_INITIALIZED');
    expect(snapshotDir(dir)).toEqual(before);
  });

  it('refuses to create a new master key where encrypted data exists without its keyslot file', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'store.db'), 'encrypted bytes');
    expect(await codeOf(vaultIn(dir).setup({ useKeychain: false, passphrase: PASSPHRASE }))).toBe('ERR_VAULT_SLOT_FILE_MISSING');
    expect(existsSync(path.join(dir, 'vault.json'))).toBe(false);
  });

  it('requires at least one everyday unlock method', async () => {
    expect(await codeOf(vaultIn(tempDir()).setup({ useKeychain: false }))).toBe('ERR_VAULT_NO_METHOD');
  });

  it('refuses a short passphrase with advice naming the rule', async () => {
    const err = await vaultIn(tempDir()).setup({ useKeychain: false, passphrase: 'short one' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'ERR_VAULT_PASSPHRASE_TOO_SHORT' });
    expect((err as { advice: string }).advice).toMatch(/15 characters/);
  });

  it('refuses the keychain when no keychain backend exists', async () => {
    expect(await codeOf(vaultIn(tempDir()).setup({ useKeychain: true, passphrase: PASSPHRASE }))).toBe('ERR_KEYCHAIN_UNAVAILABLE');
  });
});

describe('vault unlock', () => {
  it('opens with the passphrase after a restart and derives the same keys', async () => {
    const { dir, dbKey } = await created();
    const vault = vaultIn(dir);
    expect((await vault.status()).state).toBe('locked');
    await vault.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
    expect(vault.derive('databaseKey').equals(dbKey)).toBe(true);
  });

  it('refuses a wrong passphrase with a specific error and stays locked', async () => {
    const { dir } = await created();
    const vault = vaultIn(dir);
    expect(await codeOf(vault.unlock({ method: 'passphrase', passphrase: OTHER }))).toBe('ERR_VAULT_UNLOCK_FAILED');
    expect(vault.isUnlocked()).toBe(false);
  });

  it('opens with the recovery code typed in lower case without dashes', async () => {
    const { dir, recoveryCode, dbKey } = await created();
    const vault = vaultIn(dir);
    await vault.unlock({ method: 'recovery', recoveryCode: recoveryCode.replace(/-/g, '').toLowerCase() });
    expect(vault.derive('databaseKey').equals(dbKey)).toBe(true);
  });

  it('refuses a recovery code with one character changed', async () => {
    const { dir, recoveryCode } = await created();
    const wrong = (recoveryCode[0] === 'A' ? 'B' : 'A') + recoveryCode.slice(1);
    expect(await codeOf(vaultIn(dir).unlock({ method: 'recovery', recoveryCode: wrong }))).toBe('ERR_VAULT_UNLOCK_FAILED');
  });

  it('says the keychain slot is not configured when asked to use it', async () => {
    const { dir } = await created();
    expect(await codeOf(vaultIn(dir).unlock({ method: 'keychain' }))).toBe('ERR_VAULT_SLOT_NOT_FOUND');
  });

  it('says the vault does not exist before setup', async () => {
    expect(await codeOf(vaultIn(tempDir()).unlock({ method: 'passphrase', passphrase: PASSPHRASE }))).toBe('ERR_VAULT_NOT_INITIALIZED');
  });

  it('forgets the key on lock', async () => {
    const { dir } = await created();
    const vault = vaultIn(dir);
    await vault.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
    vault.lock();
    expect(() => vault.derive('databaseKey')).toThrow(expect.objectContaining({ code: 'ERR_VAULT_LOCKED' }));
  });
});

describe('tampering with the keyslot file', () => {
  it('is detected by the file MAC once a slot opens, and nothing is overwritten', async () => {
    const { dir } = await created();
    const file = path.join(dir, 'vault.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as { recoveryConfirmed: boolean };
    json.recoveryConfirmed = true;
    writeFileSync(file, JSON.stringify(json));
    const before = snapshotDir(dir);
    const vault = vaultIn(dir);
    expect(await codeOf(vault.unlock({ method: 'passphrase', passphrase: PASSPHRASE }))).toBe('ERR_VAULT_SLOT_FILE_TAMPERED');
    expect(vault.isUnlocked()).toBe(false);
    expect(snapshotDir(dir)).toEqual(before);
  });

  it('is detected when a slot is deleted from the file', async () => {
    const { dir } = await created();
    const file = path.join(dir, 'vault.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as { slots: { kind: string }[] };
    json.slots = json.slots.filter((s) => s.kind !== 'recovery');
    writeFileSync(file, JSON.stringify(json));
    expect(await codeOf(vaultIn(dir).unlock({ method: 'passphrase', passphrase: PASSPHRASE }))).toBe('ERR_VAULT_SLOT_FILE_TAMPERED');
  });

  it('is detected when the file is truncated', async () => {
    const { dir } = await created();
    const file = path.join(dir, 'vault.json');
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 200));
    expect(await codeOf(vaultIn(dir).unlock({ method: 'passphrase', passphrase: PASSPHRASE }))).toBe('ERR_VAULT_SLOT_FILE_TAMPERED');
  });

  it('makes a slot whose header was edited refuse to open (its header is associated data)', async () => {
    const { dir } = await created();
    const file = path.join(dir, 'vault.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as { slots: { kind: string; createdAt: string }[] };
    json.slots.find((s) => s.kind === 'passphrase')!.createdAt = '2020-01-01T00:00:00.000Z';
    writeFileSync(file, JSON.stringify(json));
    expect(await codeOf(vaultIn(dir).unlock({ method: 'passphrase', passphrase: PASSPHRASE }))).toBe('ERR_VAULT_UNLOCK_FAILED');
  });
});

describe('changing slots', () => {
  it('changes the passphrase without changing the keys that protect the data', async () => {
    const { dir, dbKey } = await created();
    const vault = vaultIn(dir);
    await vault.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
    await vault.changePassphrase(OTHER);
    vault.lock();
    const again = vaultIn(dir);
    expect(await codeOf(again.unlock({ method: 'passphrase', passphrase: PASSPHRASE }))).toBe('ERR_VAULT_UNLOCK_FAILED');
    await again.unlock({ method: 'passphrase', passphrase: OTHER });
    expect(again.derive('databaseKey').equals(dbKey)).toBe(true);
  });

  it('refuses a weak new passphrase and keeps the old one', async () => {
    const { dir } = await created();
    const vault = vaultIn(dir);
    await vault.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
    expect(await codeOf(vault.changePassphrase('passwordpassword'))).toBe('ERR_VAULT_PASSPHRASE_COMMON');
    vault.lock();
    await expect(vaultIn(dir).unlock({ method: 'passphrase', passphrase: PASSPHRASE })).resolves.toBeUndefined();
  });

  it('needs the vault unlocked to change slots', async () => {
    const { dir } = await created();
    expect(await codeOf(vaultIn(dir).changePassphrase(OTHER))).toBe('ERR_VAULT_LOCKED');
  });

  it('removes a slot but never the last one', async () => {
    const { dir } = await created();
    const vault = vaultIn(dir);
    await vault.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
    const [recovery, passphrase] = ['recovery', 'passphrase'].map((k) => vault.status().then((s) => s.slots.find((x) => x.kind === k)!.id));
    await vault.removeSlot(await recovery!);
    expect(await codeOf(vault.removeSlot(await passphrase!))).toBe('ERR_VAULT_LAST_SLOT');
    expect((await vault.status()).slots.map((s) => s.kind)).toEqual(['passphrase']);
  });

  it('confirms the recovery code only when it really opens the vault', async () => {
    const dir = tempDir();
    const vault = vaultIn(dir);
    const { recoveryCode } = await vault.setup({ useKeychain: false, passphrase: PASSPHRASE });
    expect(await codeOf(vault.confirmRecovery('0000-0000-0000-0000-0000-0000-0000-0000'))).toBe('ERR_VAULT_UNLOCK_FAILED');
    await vault.confirmRecovery(recoveryCode);
    expect((await vaultIn(dir).status()).recoveryConfirmed).toBe(true);
  });

  it('reports which slots open without unlocking', async () => {
    const { dir, recoveryCode } = await created();
    const vault = vaultIn(dir);
    const result = await vault.checkSlots({ passphrase: OTHER, recoveryCode });
    expect(result.map((r) => [r.kind, r.opens])).toEqual([
      ['recovery', true],
      ['passphrase', false],
    ]);
    expect(vault.isUnlocked()).toBe(false);
  });
});

describe('the derivation root', () => {
  it('is its own key, not the master key: what a backup carries cannot re-MAC vault.json', async () => {
    const dir = tempDir();
    const vault = vaultIn(dir);
    await vault.setup({ useKeychain: false, passphrase: PASSPHRASE });
    const { root, salt } = vault.exportKeyBundle();
    // The file MAC is keyed from MK: a root that were MK would verify it.
    const { verifySlotFileMac, readSlotFile } = await import('../../../../../src/main/core/vault/internal/slot-file');
    const parsed = (await readSlotFile(path.join(dir, 'vault.json')))!;
    expect(parsed.body.derivationRoot).toEqual(expect.any(String));
    expect(salt).toBe(parsed.body.salt);
    expect(() => verifySlotFileMac(root, parsed.body, parsed.mac)).toThrow();
    // Derived keys come from the root and survive a lock/unlock.
    const before = vault.derive('databaseKey');
    vault.lock();
    await vault.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
    expect(vault.derive('databaseKey').equals(before)).toBe(true);
  });
});

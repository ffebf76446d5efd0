// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { NO_ANSWER_MESSAGE } from '../../../../../src/renderer/api/request';
import { manualUnlockMethods, resetVaultStore, useVaultStore } from '../../../../../src/renderer/features/vault';
import { errorMessages, type VaultStatus } from '../../../../../src/shared/contract';
import { installFakeBridge, RECOVERY_CODE, removeFakeBridge } from '../../fake-bridge';

afterEach(() => {
  removeFakeBridge();
  resetVaultStore();
});

const store = () => useVaultStore.getState();

describe('vault store', () => {
  it('refresh adopts main’s status', async () => {
    installFakeBridge({ state: 'locked', slots: ['recovery'] });
    expect(store().status).toBeNull();
    expect(await store().refresh()).toBeNull();
    expect(store().status?.state).toBe('locked');
    expect(store().status?.slots.map((s) => s.kind)).toEqual(['recovery']);
  });

  it('setup hands the recovery code to the caller and keeps only the status', async () => {
    installFakeBridge({ state: 'uninitialized' });
    const result = await store().setup({ useKeychain: true });
    expect(result).toEqual({ ok: true, value: { recoveryCode: RECOVERY_CODE } });
    expect(store().status?.state).toBe('unlocked');
    expect(JSON.stringify(useVaultStore.getState())).not.toContain(RECOVERY_CODE);
  });

  it('actions return the envelope’s error unchanged and keep the last good status', async () => {
    installFakeBridge({ state: 'locked', slots: ['recovery', 'passphrase'], passphrase: 'a'.repeat(20) });
    await store().refresh();
    const before = store().status;
    expect(await store().unlock({ method: 'passphrase', passphrase: 'wrong' })).toEqual({
      code: 'ERR_VAULT_UNLOCK_FAILED',
      message: errorMessages.ERR_VAULT_UNLOCK_FAILED,
    });
    expect(store().status).toBe(before);
  });

  it('re-reads the status when main says the vault is locked', async () => {
    const bridge = installFakeBridge({ state: 'unlocked', slots: ['recovery', 'passphrase'], passphrase: 'a'.repeat(20) });
    await store().refresh();
    bridge.vault.state = 'locked'; // e.g. locked by the OS lock screen
    expect((await store().addKeychainSlot())?.code).toBe('ERR_VAULT_LOCKED');
    await new Promise((r) => setTimeout(r, 10));
    expect(store().status?.state).toBe('locked');
  });

  it('turns a missing bridge into an error envelope instead of throwing', async () => {
    expect(await store().refresh()).toEqual({ code: 'ERR_INTERNAL', message: NO_ANSWER_MESSAGE });
    expect(store().statusError?.message).toBe(NO_ANSWER_MESSAGE);
  });

  it('offers the typed unlock methods the vault has (both when it cannot list them)', () => {
    const status = (kinds: VaultStatus['slots'][number]['kind'][]): VaultStatus => ({
      state: 'locked',
      slots: kinds.map((kind, i) => ({ id: String(i), kind, backend: 'x', createdAt: '' })),
      keychain: { available: true },
      recoveryConfirmed: false,
    });
    expect(manualUnlockMethods(status(['os-keychain', 'recovery']))).toEqual(['recovery']);
    expect(manualUnlockMethods(status(['passphrase', 'recovery']))).toEqual(['passphrase', 'recovery']);
    expect(manualUnlockMethods(status([]))).toEqual(['passphrase', 'recovery']);
  });
});

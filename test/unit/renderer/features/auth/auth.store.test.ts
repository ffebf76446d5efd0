// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { followRefusals } from '../../../../../src/renderer/app/refusals';
import { request } from '../../../../../src/renderer/api/request';
import { resetAuthStore, useAuthStore } from '../../../../../src/renderer/features/auth';
import { resetVaultStore, useVaultStore } from '../../../../../src/renderer/features/vault';
import { errorMessages } from '../../../../../src/shared/contract';
import { ADMIN, installFakeBridge, removeFakeBridge } from '../../fake-bridge';

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  removeFakeBridge();
  resetAuthStore();
  resetVaultStore();
});

const store = () => useAuthStore.getState();
const settle = () => new Promise((r) => setTimeout(r, 20));
const unlocked = { state: 'unlocked', slots: ['passphrase'], passphrase: 'x'.repeat(20) } as const;

describe('auth store', () => {
  it('refresh adopts main’s session and whether accounts exist; nothing is known while the vault is locked', async () => {
    installFakeBridge(unlocked);
    expect(store().loaded).toBe(false);
    expect(await store().refresh()).toBeNull();
    expect(store()).toMatchObject({ loaded: true, usersExist: true, session: { username: ADMIN.username, role: 'admin', locked: false } });
    removeFakeBridge();
    installFakeBridge({ state: 'locked', slots: ['passphrase'] });
    await store().refresh();
    expect(store()).toMatchObject({ session: null, usersExist: null });
  });

  it('keeps no password, and returns main’s error unchanged', async () => {
    installFakeBridge({ ...unlocked, signedIn: null });
    await store().refresh();
    expect(await store().login(ADMIN.username, 'wrong wrong wrong wrong')).toEqual({
      code: 'ERR_AUTH_INVALID_CREDENTIALS',
      message: errorMessages.ERR_AUTH_INVALID_CREDENTIALS,
    });
    expect(await store().login(ADMIN.username, ADMIN.password)).toBeNull();
    expect(JSON.stringify(useAuthStore.getState())).not.toContain(ADMIN.password);
  });

  it('re-reads auth.status when any call answers ERR_AUTH_SESSION_LOCKED', async () => {
    const bridge = installFakeBridge(unlocked);
    stop = followRefusals();
    await store().refresh();
    bridge.auth.session!.locked = true; // main's idle timer
    expect((await request('users.list', {})).ok).toBe(false);
    await settle();
    expect(store().session?.locked).toBe(true);
    expect(store().endedBecause).toBeNull();
  });

  it('re-reads auth.status and says why when a call answers ERR_AUTH_SESSION_EXPIRED or ERR_AUTH_REQUIRED', async () => {
    const bridge = installFakeBridge(unlocked);
    stop = followRefusals();
    await store().refresh();
    bridge.auth.session = null;
    expect(await request('programs.list', {})).toMatchObject({ ok: false, error: { code: 'ERR_AUTH_REQUIRED' } });
    await settle();
    expect(store().session).toBeNull();
    expect(store().endedBecause?.code).toBe('ERR_AUTH_REQUIRED');
  });

  it('re-reads vault.status when a non-vault call answers ERR_VAULT_LOCKED', async () => {
    const bridge = installFakeBridge(unlocked);
    stop = followRefusals();
    await useVaultStore.getState().refresh();
    bridge.vault.state = 'locked';
    expect(await request('users.list', {})).toMatchObject({ ok: false, error: { code: 'ERR_VAULT_LOCKED' } });
    await settle();
    expect(useVaultStore.getState().status?.state).toBe('locked');
  });

  it('lets the newest answer win when a status read races a sign-in', async () => {
    const bridge = installFakeBridge({ ...unlocked, signedIn: null });
    // What main said before the sign-in, arriving after it.
    bridge.on('auth.status', () => ({ ok: true, value: { session: null, usersExist: true } }));
    const release = bridge.hold('auth.status');
    const reading = store().refresh();
    expect(await store().login(ADMIN.username, ADMIN.password)).toBeNull();
    release();
    await reading;
    expect(store().session?.username).toBe(ADMIN.username);
  });

  it('forget drops everything (the vault locked)', async () => {
    installFakeBridge(unlocked);
    await store().refresh();
    store().forget();
    expect(store()).toMatchObject({ loaded: false, session: null, usersExist: null });
  });
});

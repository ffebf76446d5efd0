// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { errorMessages } from '../../../../../src/shared/contract';
import { installFakeBridge, RECOVERY_CODE } from '../../fake-bridge';
import { renderApp, tearDown } from '../../render-app';

afterEach(tearDown);

const PASS = 'correct horse battery staple';
const locked = { state: 'locked', slots: ['recovery', 'passphrase'], passphrase: PASS, recoveryConfirmed: true } as const;

async function openUnlock(script: Parameters<typeof installFakeBridge>[0] = {}) {
  const bridge = installFakeBridge({ ...locked, ...script });
  renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Unlock Residency Scheduler' });
  return bridge;
}

const unlockButton = () => screen.getByRole('button', { name: 'Unlock' });
// Unlocking the vault opens the data; each person then signs in (main ended every session at lock).
const signIn = () => screen.findByRole('heading', { level: 1, name: 'Sign in' });

describe('unlock with the system keyring', () => {
  it('tries the keyring once on arrival and asks who is signing in', async () => {
    const bridge = installFakeBridge({ ...locked, slots: ['recovery', 'passphrase', 'os-keychain'] });
    const release = bridge.hold('vault.unlock');
    renderApp();
    expect(await screen.findByText('Unlocking with the system keyring…')).toBeTruthy();
    expect(screen.queryByLabelText('Passphrase')).toBeNull();
    release();
    expect(await signIn()).toBeTruthy();
    // StrictMode runs effects twice; the keyring is still asked only once.
    expect(bridge.callsTo('vault.unlock').map((c) => c.input)).toEqual([{ method: 'keychain' }]);
  });

  it('shows main’s reason when the keyring fails, then the manual options', async () => {
    const bridge = await openUnlock({ slots: ['recovery', 'passphrase', 'os-keychain'], keychainUnlockError: 'ERR_KEYCHAIN_LOCKED' });
    expect((await screen.findByRole('alert')).textContent).toContain(errorMessages.ERR_KEYCHAIN_LOCKED);
    const field = await screen.findByLabelText('Passphrase');
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(screen.getByRole('button', { name: 'Unlock with the system keyring' })).toBeTruthy();
    expect(bridge.callsTo('vault.unlock')).toHaveLength(1);

    fireEvent.change(field, { target: { value: PASS } });
    fireEvent.click(unlockButton());
    expect(await signIn()).toBeTruthy();
  });

  it('does not try the keyring when it is unavailable, and says why', async () => {
    const bridge = await openUnlock({
      slots: ['recovery', 'passphrase', 'os-keychain'],
      keychainAvailable: false,
      keychainProblem: 'ERR_KEYCHAIN_UNAVAILABLE',
    });
    expect(screen.getByTestId('keychain-problem').textContent).toContain(errorMessages.ERR_KEYCHAIN_UNAVAILABLE);
    expect(screen.queryByRole('button', { name: 'Unlock with the system keyring' })).toBeNull();
    expect(bridge.callsTo('vault.unlock')).toHaveLength(0);
  });
});

describe('unlock by typing', () => {
  it('focuses the field, shows main’s message on failure and re-focuses it', async () => {
    await openUnlock();
    const field = screen.getByLabelText<HTMLInputElement>('Passphrase');
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(field.type).toBe('password');

    fireEvent.change(field, { target: { value: 'not the passphrase at all' } });
    fireEvent.submit(field.form!);
    expect((await screen.findByRole('alert')).textContent).toBe(errorMessages.ERR_VAULT_UNLOCK_FAILED);
    expect(document.activeElement).toBe(field);
    expect(screen.getByRole('heading', { level: 1, name: 'Unlock Residency Scheduler' })).toBeTruthy();

    fireEvent.change(field, { target: { value: PASS } });
    fireEvent.submit(field.form!);
    expect(await signIn()).toBeTruthy();
  });

  it('shows a busy state while main works', async () => {
    const bridge = await openUnlock();
    const release = bridge.hold('vault.unlock');
    fireEvent.change(screen.getByLabelText('Passphrase'), { target: { value: PASS } });
    fireEvent.click(unlockButton());
    const busy = (await screen.findByRole<HTMLButtonElement>('button', { name: /Unlocking…/ }));
    expect(busy.disabled).toBe(true);
    release();
    expect(await signIn()).toBeTruthy();
  });

  it('asks for something before calling main', async () => {
    const bridge = await openUnlock();
    fireEvent.click(unlockButton());
    expect((await screen.findByRole('alert')).textContent).toBe('Enter your passphrase.');
    expect(bridge.callsTo('vault.unlock')).toHaveLength(0);
  });

  it('unlocks with the recovery code', async () => {
    const bridge = await openUnlock();
    fireEvent.click(screen.getByRole('tab', { name: 'Recovery code' }));
    const field = screen.getByLabelText<HTMLInputElement>('Recovery code');
    expect(field.type).toBe('password');
    fireEvent.change(field, { target: { value: ` ${RECOVERY_CODE} ` } });
    fireEvent.click(unlockButton());
    expect(await signIn()).toBeTruthy();
    expect(bridge.callsTo('vault.unlock')[0]?.input).toEqual({ method: 'recovery', recoveryCode: RECOVERY_CODE });
  });

  it('switches method with the arrow keys on the tabs', async () => {
    await openUnlock();
    const passTab = screen.getByRole('tab', { name: 'Passphrase' });
    expect(passTab.getAttribute('aria-selected')).toBe('true');
    passTab.focus();
    fireEvent.keyDown(passTab, { key: 'ArrowRight' });
    const codeTab = screen.getByRole('tab', { name: 'Recovery code' });
    expect(codeTab.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(codeTab);
    expect(screen.getByLabelText('Recovery code')).toBeTruthy();
  });

  it('offers only the methods this vault has', async () => {
    await openUnlock({ slots: ['recovery'] });
    expect(screen.queryByRole('tab')).toBeNull();
    expect(screen.getByLabelText('Recovery code')).toBeTruthy();
  });
});

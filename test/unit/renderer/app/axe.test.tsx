// @vitest-environment happy-dom
// Structural accessibility of every screen with axe-core (names, roles, landmarks, headings,
// ARIA). Colour contrast needs real layout and is checked in Chromium (see the screenshots / E2E).
import { fireEvent, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ADMIN, COORDINATOR, installFakeBridge } from '../fake-bridge';
import { renderApp, tearDown } from '../render-app';

afterEach(tearDown);

async function violations(): Promise<string[]> {
  // What src/renderer/index.html provides around #root.
  document.documentElement.lang = 'en';
  document.title = 'Residency Scheduler';
  const result = await axe.run(document, {
    rules: { 'color-contrast': { enabled: false } },
    resultTypes: ['violations'],
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const PASS = 'correct horse battery staple';

describe('axe finds no violations', () => {
  it('on the setup wizard, step 1 and 2', async () => {
    installFakeBridge({ state: 'uninitialized', keychainAvailable: false });
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'How will this workstation unlock?' });
    fireEvent.click(screen.getByRole('button', { name: 'Create vault' }));
    await screen.findByRole('alert');
    expect(await violations()).toEqual([]);
    fireEvent.change(screen.getByLabelText('Passphrase'), { target: { value: PASS } });
    fireEvent.change(screen.getByLabelText('Confirm passphrase'), { target: { value: PASS } });
    fireEvent.click(screen.getByRole('button', { name: 'Create vault' }));
    await screen.findByRole('heading', { level: 1, name: 'Save your recovery code' });
    expect(await violations()).toEqual([]);
  });

  it('on the unlock screen', async () => {
    installFakeBridge({ state: 'locked', slots: ['recovery', 'passphrase', 'os-keychain'], keychainUnlockError: 'ERR_KEYCHAIN_LOCKED', passphrase: PASS });
    renderApp();
    await screen.findByLabelText('Passphrase');
    expect(await violations()).toEqual([]);
  });

  it('on Home, Security (with the dialog open) and About', async () => {
    installFakeBridge({ state: 'unlocked', slots: ['recovery', 'passphrase'], passphrase: PASS, recoveryConfirmed: false });
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Home' });
    expect(await violations()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Security' }));
    await screen.findByRole('heading', { level: 1, name: 'Security' });
    expect(await violations()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Passphrase' }));
    await screen.findByRole('dialog');
    expect(await violations()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'About' }));
    await screen.findByTestId('app-version');
    expect(await violations()).toEqual([]);
  });

  it('on the administrator step, sign-in (with an error) and the forced password change', async () => {
    installFakeBridge({ state: 'unlocked', slots: ['passphrase'], passphrase: PASS, users: [] });
    const first = renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Create the administrator account' });
    fireEvent.click(screen.getByRole('button', { name: 'Create administrator' }));
    await screen.findByText(/starting with a letter or digit/);
    expect(await violations()).toEqual([]);
    first.unmount();

    installFakeBridge({ state: 'unlocked', slots: ['passphrase'], passphrase: PASS, users: [ADMIN], signedIn: null });
    const second = renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    fireEvent.change(screen.getByLabelText('User name'), { target: { value: ADMIN.username } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'wrong wrong wrong wrong' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('alert');
    expect(await violations()).toEqual([]);
    second.unmount();

    installFakeBridge({ state: 'unlocked', slots: ['passphrase'], passphrase: PASS, users: [{ ...COORDINATOR, mustChangePassword: true }] });
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Choose a new password' });
    expect(await violations()).toEqual([]);
  });

  it('on the lock screen over the app, My account, and Users (with each dialog)', async () => {
    installFakeBridge({ state: 'unlocked', slots: ['recovery', 'passphrase'], passphrase: PASS, recoveryConfirmed: true, users: [ADMIN, COORDINATOR] });
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Home' });
    fireEvent.click(screen.getByRole('button', { name: 'My account' }));
    await screen.findByRole('heading', { level: 1, name: 'My account' });
    expect(await violations()).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Lock' }));
    await screen.findByRole('heading', { level: 1, name: 'Locked — enter your password to continue' });
    expect(await violations()).toEqual([]);
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: ADMIN.password } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await screen.findByRole('navigation', { name: 'Main' });

    fireEvent.click(screen.getByRole('button', { name: 'Users' }));
    await screen.findByTestId('users-table');
    expect(await violations()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Add user' }));
    await screen.findByTestId('add-user-form');
    expect(await violations()).toEqual([]);
    for (const [button, dialog] of [
      ['Disable casey', 'Disable casey?'],
      ['Change role for casey', 'Change role for casey'],
      ['Reset password for casey', 'Reset the password of casey'],
    ] as const) {
      fireEvent.click(screen.getByRole('button', { name: button }));
      const open = await screen.findByRole('dialog', { name: dialog });
      expect(await violations()).toEqual([]);
      fireEvent.click(within(open).getByRole('button', { name: 'Cancel' }));
    }
  });

  it('on the Audit screen: entries, pager, both verify results, export, an empty result, and an auditor’s filters with errors', async () => {
    const entries = Array.from({ length: 120 }, (_, i) => ({
      actor: i % 3 ? ADMIN.username : 'system',
      action: i % 3 ? ('auth.login' as const) : ('auth.login.failure' as const),
      target: ADMIN.username,
      outcome: i % 3 ? ('success' as const) : ('failure' as const),
      details: i % 3 ? null : { cause: 'unknown-user' },
    }));
    const bridge = installFakeBridge({ state: 'unlocked', slots: ['recovery', 'passphrase'], passphrase: PASS, recoveryConfirmed: true, users: [ADMIN, COORDINATOR], audit: entries });
    const first = renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Home' });
    fireEvent.click(screen.getByRole('button', { name: 'Audit' }));
    await screen.findByTestId('audit-table');
    await screen.findByRole('navigation', { name: 'Audit log pages' });
    expect(await violations()).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Verify the chain' }));
    await screen.findByTestId('verify-result');
    expect(await violations()).toEqual([]);
    bridge.audit.tamper = { problem: 'mac-mismatch', firstBadSeq: 3 };
    fireEvent.click(screen.getByRole('button', { name: 'Verify the chain' }));
    await screen.findByRole('alert');
    expect(await violations()).toEqual([]);

    const link = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await screen.findByText(/^Exported /);
    link.mockRestore();
    fireEvent.change(screen.getByLabelText('Outcome'), { target: { value: 'denied' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    await screen.findByTestId('audit-empty');
    expect(await violations()).toEqual([]);
    first.unmount();

    installFakeBridge({ state: 'unlocked', slots: ['recovery'], recoveryConfirmed: true, users: [{ ...COORDINATOR, username: 'ari', role: 'auditor', programs: [] }], audit: entries.slice(0, 5).map((e) => ({ ...e, actor: 'system', target: null })) });
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Home' });
    fireEvent.click(screen.getByRole('button', { name: 'Audit' }));
    await screen.findByTestId('audit-table');
    fireEvent.change(screen.getByLabelText('Actor (user id)'), { target: { value: 'not an id' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2025-07-02' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2025-07-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    await screen.findByText('The end date is before the start date.');
    expect(await violations()).toEqual([]);
  }, 30_000); // a hundred rows: axe takes a while in happy-dom
});

// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, COORDINATOR, installFakeBridge } from '../../fake-bridge';
import { renderApp, tearDown } from '../../render-app';

afterEach(tearDown);

const vault = { state: 'unlocked', slots: ['recovery', 'passphrase'], passphrase: 'x'.repeat(20), recoveryConfirmed: true } as const;
const HALF_TYPED = 'half of my current pass';
const LOCK_TITLE = 'Locked — enter your password to continue';

async function openMyAccount(script: Parameters<typeof installFakeBridge>[0] = {}) {
  const bridge = installFakeBridge({ ...vault, ...script });
  renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Home' });
  fireEvent.click(screen.getByRole('button', { name: 'My account' }));
  await screen.findByRole('heading', { level: 1, name: 'My account' });
  return bridge;
}

const current = () => screen.getByLabelText<HTMLInputElement>('Current password', { selector: 'input' });

describe('session lock', () => {
  it('keeps a half-typed form under the lock screen and gives it back after unlocking', async () => {
    const bridge = await openMyAccount();
    fireEvent.change(current(), { target: { value: HALF_TYPED } });
    current().focus();
    fireEvent.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Lock' }));

    const title = await screen.findByRole('heading', { level: 1, name: LOCK_TITLE });
    expect(bridge.callsTo('auth.lock')).toHaveLength(1);
    expect(bridge.auth.session?.locked).toBe(true);
    const lock = screen.getByTestId('lock-screen');
    expect(lock.contains(title)).toBe(true);
    expect(within(lock).getByTestId('locked-user').textContent).toBe(ADMIN.displayName);
    expect(lock.textContent).toContain(`${ADMIN.username}, Administrator`);
    // The app is still there, but out of reach: inert and hidden from assistive technology.
    const content = screen.getByTestId('session-content');
    expect(content.getAttribute('aria-hidden')).toBe('true');
    expect(content.hasAttribute('inert')).toBe(true);
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
    expect(screen.queryByRole('heading', { level: 1, name: 'My account' })).toBeNull();
    const field = within(lock).getByLabelText<HTMLInputElement>('Password');
    await waitFor(() => expect(document.activeElement).toBe(field));

    fireEvent.change(field, { target: { value: 'not my password, sorry' } });
    fireEvent.click(within(lock).getByRole('button', { name: 'Unlock' }));
    expect((await within(lock).findByRole('alert')).textContent).toBe('Invalid credentials.');
    expect(field.value).toBe('');

    fireEvent.change(field, { target: { value: ADMIN.password } });
    fireEvent.submit(field.form!);
    await waitFor(() => expect(screen.queryByTestId('lock-screen')).toBeNull());
    expect(screen.getByTestId('session-content').hasAttribute('aria-hidden')).toBe(false);
    expect(screen.getByRole('heading', { level: 1, name: 'My account' })).toBeTruthy();
    expect(current().value).toBe(HALF_TYPED);
    await waitFor(() => expect(document.activeElement).toBe(current()));
    expect(bridge.callsTo('auth.unlock').map((c) => c.input)).toEqual([{ password: 'not my password, sorry' }, { password: ADMIN.password }]);
  });

  it('appears when main has locked the session for inactivity, and what was interrupted runs again after unlocking', async () => {
    const bridge = await openMyAccount();
    bridge.auth.session!.locked = true; // main's idle timer
    // The next call is refused with ERR_AUTH_SESSION_LOCKED; the app re-reads auth.status.
    fireEvent.click(screen.getByRole('button', { name: 'Users' }));
    await screen.findByRole('heading', { level: 1, name: LOCK_TITLE });
    expect(bridge.callsTo('users.list')).toHaveLength(1);

    fireEvent.change(screen.getByLabelText('Password'), { target: { value: ADMIN.password } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(screen.queryByTestId('lock-screen')).toBeNull());
    expect(screen.getByRole('heading', { level: 1, name: 'Users' })).toBeTruthy();
    expect(await screen.findByTestId(`user-row-${ADMIN.username}`)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(bridge.callsTo('users.list')).toHaveLength(2);
  });

  it('keeps the value when the lock comes from a call on the same screen', async () => {
    const bridge = await openMyAccount();
    fireEvent.change(current(), { target: { value: HALF_TYPED } });
    fireEvent.change(screen.getByLabelText('New password'), { target: { value: 'violet harbour tandem quill' } });
    fireEvent.change(screen.getByLabelText('Confirm new password'), { target: { value: 'violet harbour tandem quill' } });
    bridge.auth.session!.locked = true;
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    await screen.findByRole('heading', { level: 1, name: LOCK_TITLE });
    expect(bridge.user(ADMIN.username).password).toBe(ADMIN.password);

    fireEvent.change(screen.getByLabelText('Password'), { target: { value: ADMIN.password } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(screen.queryByTestId('lock-screen')).toBeNull());
    expect(current().value).toBe(HALF_TYPED);
    expect(screen.getByLabelText<HTMLInputElement>('New password').value).toBe('violet harbour tandem quill');
  });

  it('“Sign out” on the lock screen ends the session', async () => {
    const bridge = installFakeBridge({ ...vault, users: [ADMIN, COORDINATOR], signedIn: COORDINATOR.username, sessionLocked: true });
    renderApp();
    await screen.findByRole('heading', { level: 1, name: LOCK_TITLE });
    expect(screen.getByTestId('locked-user').textContent).toBe(COORDINATOR.displayName);
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(bridge.auth.session).toBeNull();
  });

  it('sends the person to sign in when the session ended while locked', async () => {
    const bridge = installFakeBridge({ ...vault, sessionLocked: true });
    renderApp();
    await screen.findByRole('heading', { level: 1, name: LOCK_TITLE });
    bridge.auth.session = null; // e.g. the refresh token expired
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: ADMIN.password } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
  });
});

describe('locks announced by main (no call needed)', () => {
  it('shows the lock screen when main announces session.locked (idle timer, OS lock screen)', async () => {
    const bridge = await openMyAccount();
    fireEvent.change(current(), { target: { value: HALF_TYPED } });
    const before = bridge.calls.length;
    bridge.auth.session!.locked = true; // main's idle sweep or the OS lock screen
    bridge.emit({ type: 'session.locked' });
    await screen.findByRole('heading', { level: 1, name: LOCK_TITLE });
    // Only auth.status (public, so not activity) was asked.
    expect(bridge.calls.slice(before).map((c) => c.channel)).toEqual(['auth.status']);
    expect(current().value).toBe(HALF_TYPED);
  });

  it('stays as it is when another window’s session was locked', async () => {
    const bridge = await openMyAccount();
    bridge.emit({ type: 'session.locked' });
    await waitFor(() => expect(bridge.callsTo('auth.status').length).toBeGreaterThan(1));
    expect(screen.queryByTestId('lock-screen')).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: 'My account' })).toBeTruthy();
  });
});

describe('vault events', () => {
  it('follows a vault lock announced by main (e.g. the OS lock screen)', async () => {
    const bridge = installFakeBridge(vault);
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Home' });
    bridge.vault.state = 'locked';
    bridge.auth.session = null;
    bridge.emit({ type: 'vault.stateChanged', state: 'locked' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Unlock Residency Scheduler' })).toBeTruthy();
  });
});

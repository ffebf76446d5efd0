// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { errorMessages } from '../../../../../src/shared/contract';
import { ADMIN, COORDINATOR, installFakeBridge } from '../../fake-bridge';
import { renderApp, tearDown } from '../../render-app';

afterEach(tearDown);

const vault = { state: 'unlocked', slots: ['recovery', 'passphrase'], passphrase: 'x'.repeat(20), recoveryConfirmed: true } as const;

async function openSignIn(script: Parameters<typeof installFakeBridge>[0] = {}) {
  const bridge = installFakeBridge({ ...vault, users: [ADMIN, COORDINATOR], signedIn: null, ...script });
  renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Sign in' });
  return bridge;
}

const username = () => screen.getByLabelText<HTMLInputElement>('User name');
const password = () => screen.getByLabelText<HTMLInputElement>('Password');
const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });

describe('sign-in', () => {
  it('puts the cursor in the user name and submits on Enter', async () => {
    const bridge = await openSignIn();
    await waitFor(() => expect(document.activeElement).toBe(username()));
    expect(password().type).toBe('password');
    expect(password().autocomplete).toBe('current-password');
    type(username(), ` ${COORDINATOR.username} `);
    type(password(), COORDINATOR.password);
    fireEvent.submit(password().form!);
    expect(await screen.findByRole('heading', { level: 1, name: 'Home' })).toBeTruthy();
    expect(bridge.callsTo('auth.login')[0]?.input).toEqual({ username: COORDINATOR.username, password: COORDINATOR.password });
    expect(screen.getByTestId('header-user').textContent).toBe(`Signed in as ${COORDINATOR.displayName}Coordinator`);
  });

  it('shows main’s “Invalid credentials.”, clears the password and puts the cursor back in it', async () => {
    await openSignIn();
    type(username(), ADMIN.username);
    type(password(), 'not the right password at all');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Invalid credentials.');
    expect(password().value).toBe('');
    expect(document.activeElement).toBe(password());
    expect(username().value).toBe(ADMIN.username);
    // An unknown user gets the very same answer.
    type(username(), 'nobody-here');
    type(password(), 'whatever it is they typed');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Invalid credentials.'));
  });

  it('shows a busy state while main checks the password', async () => {
    const bridge = await openSignIn();
    const release = bridge.hold('auth.login');
    type(username(), ADMIN.username);
    type(password(), ADMIN.password);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const busy = await screen.findByRole<HTMLButtonElement>('button', { name: /Signing in…/ });
    expect(busy.disabled).toBe(true);
    expect(password().readOnly).toBe(true);
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Checking your password…');
    release();
    expect(await screen.findByRole('heading', { level: 1, name: 'Home' })).toBeTruthy();
  });

  it('asks for the user name and the password before calling main', async () => {
    const bridge = await openSignIn();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Enter your user name.');
    type(username(), ADMIN.username);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Enter your password.'));
    expect(document.activeElement).toBe(password());
    expect(bridge.callsTo('auth.login')).toHaveLength(0);
  });

  it('says so when main locks the name out after repeated failures', async () => {
    await openSignIn();
    for (let i = 0; i < 6; i += 1) {
      type(username(), ADMIN.username);
      type(password(), `wrong guess number ${i}`);
      fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
      await waitFor(() => expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy());
    }
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(errorMessages.ERR_AUTH_LOCKED_OUT));
  });

  it('refuses a disabled account with the same answer', async () => {
    await openSignIn({ users: [ADMIN, { ...COORDINATOR, status: 'disabled' }] });
    type(username(), COORDINATOR.username);
    type(password(), COORDINATOR.password);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Invalid credentials.');
  });

  it('comes back here, saying why, when main ends the session', async () => {
    const bridge = installFakeBridge({ ...vault, users: [ADMIN, COORDINATOR] });
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Home' });
    // Another administrator disables this account; the next call is refused as an ended session.
    bridge.user(ADMIN.username).status = 'disabled';
    fireEvent.click(screen.getByRole('button', { name: 'Users' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(within(screen.getByTestId('session-ended')).getByText(errorMessages.ERR_AUTH_SESSION_EXPIRED)).toBeTruthy();
  });
});

describe('sign-out', () => {
  it('ends the session through main and shows the sign-in screen', async () => {
    const bridge = installFakeBridge(vault);
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Home' });
    fireEvent.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(bridge.callsTo('auth.logout')).toHaveLength(1);
    expect(bridge.auth.session).toBeNull();
    expect(screen.queryByTestId('session-ended')).toBeNull();
  });
});

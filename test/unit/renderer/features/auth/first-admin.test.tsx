// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { errorMessages } from '../../../../../src/shared/contract';
import { installFakeBridge } from '../../fake-bridge';
import { renderApp, tearDown } from '../../render-app';

afterEach(tearDown);

const TITLE = 'Create the administrator account';
const GOOD = 'copper lantern meadow drift';
const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });

/** A vault that was set up (e.g. with `resched init`) but whose administrator step never ran. */
async function openStandalone() {
  const bridge = installFakeBridge({ state: 'unlocked', slots: ['recovery', 'passphrase'], passphrase: 'x'.repeat(20), users: [] });
  renderApp();
  await screen.findByRole('heading', { level: 1, name: TITLE });
  return bridge;
}

const fill = (username: string, displayName: string, password: string, confirm = password) => {
  type(screen.getByLabelText('User name'), username);
  type(screen.getByLabelText('Display name'), displayName);
  type(screen.getByLabelText('Password'), password);
  type(screen.getByLabelText('Confirm password'), confirm);
};
const create = () => fireEvent.click(screen.getByRole('button', { name: 'Create administrator' }));

describe('first administrator', () => {
  it('is asked for when an open vault has no accounts, and signs the new administrator in', async () => {
    const bridge = await openStandalone();
    expect(screen.getByText(/nobody can sign in yet/)).toBeTruthy();
    expect(screen.getByText(/not containing the user name/)).toBeTruthy();
    fill('Dana.Reyes', 'Dana Reyes', GOOD);
    const release = bridge.hold('auth.createFirstAdmin');
    create();
    expect((await screen.findByRole<HTMLButtonElement>('button', { name: /Creating the account…/ })).disabled).toBe(true);
    release();
    expect(await screen.findByRole('heading', { level: 1, name: 'Home' })).toBeTruthy();
    expect(screen.getByTestId('header-user').textContent).toBe('Signed in as Dana ReyesAdministrator');
    // The contract's Username schema lower-cases it on the way in.
    expect(bridge.auth.users.map((u) => [u.username, u.role, u.mustChangePassword])).toEqual([['dana.reyes', 'admin', false]]);
    expect(bridge.callsTo('auth.login')).toHaveLength(0);
  });

  it('checks the user name, the display name and the password before asking main', async () => {
    const bridge = await openStandalone();
    fill('dana reyes', '', GOOD);
    create();
    expect(await screen.findByText(/starting with a letter or digit \(no spaces\)/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('User name'));
    type(screen.getByLabelText('User name'), 'dana');
    create();
    await waitFor(() => expect(screen.getByText('Enter the name people know you by.')).toBeTruthy());
    type(screen.getByLabelText('Display name'), 'Dana Reyes');
    type(screen.getByLabelText('Password'), 'too short');
    create();
    await waitFor(() => expect(screen.getByText('Use at least 15 characters — this one has 9.')).toBeTruthy());
    expect(screen.getByTestId('password-count').textContent).toBe('9 characters (6 more needed)');
    type(screen.getByLabelText('Password'), GOOD);
    type(screen.getByLabelText('Confirm password'), `${GOOD}!`);
    create();
    await waitFor(() => expect(screen.getByText('The passwords do not match.')).toBeTruthy());
    expect(bridge.callsTo('auth.createFirstAdmin')).toHaveLength(0);
  });

  it('shows main’s refusal of the password and puts the cursor back in it', async () => {
    await openStandalone();
    fill('dana', 'Dana Reyes', 'dana-and-her-very-long-password');
    create();
    expect((await screen.findByRole('alert')).textContent).toBe(errorMessages.ERR_PASSWORD_CONTAINS_NAME);
    expect(document.activeElement).toBe(screen.getByLabelText('Password'));
    expect(screen.getByRole('heading', { level: 1, name: TITLE })).toBeTruthy();
  });
});

describe('forced password change', () => {
  const TEMP = 'temporary kettle password';
  it('is all a user with a temporary password can do, until they choose their own', async () => {
    const bridge = installFakeBridge({
      state: 'unlocked',
      slots: ['recovery', 'passphrase'],
      passphrase: 'x'.repeat(20),
      recoveryConfirmed: true,
      users: [
        { username: 'avery', displayName: 'Avery Admin', role: 'admin', password: 'amber quartz violin seventy' },
        { username: 'casey', displayName: 'Casey Coordinator', role: 'coordinator', password: TEMP, mustChangePassword: true },
      ],
      signedIn: 'casey',
    });
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Choose a new password' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
    expect(screen.getByText(/Welcome, Casey Coordinator/)).toBeTruthy();

    type(screen.getByLabelText('Temporary password'), 'not the temporary one');
    type(screen.getByLabelText('New password'), 'harbour violet tandem quill');
    type(screen.getByLabelText('Confirm new password'), 'harbour violet tandem quill');
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Invalid credentials.');
    expect(document.activeElement).toBe(screen.getByLabelText('Temporary password'));

    type(screen.getByLabelText('Temporary password'), TEMP);
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Home' })).toBeTruthy();
    expect(bridge.user('casey').password).toBe('harbour violet tandem quill');
    expect(bridge.user('casey').mustChangePassword).toBe(false);
  });

  it('offers to sign out instead', async () => {
    const bridge = installFakeBridge({
      state: 'unlocked',
      slots: ['passphrase'],
      passphrase: 'x'.repeat(20),
      users: [{ username: 'casey', displayName: 'Casey', role: 'faculty', password: TEMP, mustChangePassword: true }],
    });
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Choose a new password' });
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(bridge.auth.session).toBeNull();
  });
});

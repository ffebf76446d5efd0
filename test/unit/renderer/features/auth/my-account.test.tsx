// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { errorMessages } from '../../../../../src/shared/contract';
import { ADMIN, COORDINATOR, installFakeBridge } from '../../fake-bridge';
import { renderApp, tearDown } from '../../render-app';

afterEach(tearDown);

const NEW = 'harbour violet tandem quill';
const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });

async function openMyAccount() {
  const bridge = installFakeBridge({
    state: 'unlocked',
    slots: ['recovery', 'passphrase'],
    passphrase: 'x'.repeat(20),
    recoveryConfirmed: true,
    users: [ADMIN, COORDINATOR],
    signedIn: COORDINATOR.username,
  });
  renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Home' });
  fireEvent.click(screen.getByRole('button', { name: 'My account' }));
  await screen.findByRole('heading', { level: 1, name: 'My account' });
  return bridge;
}

describe('My account', () => {
  it('shows who is signed in, as main reports it', async () => {
    await openMyAccount();
    const details = screen.getByTestId('account-details');
    expect(within(details).getByText(COORDINATOR.username)).toBeTruthy();
    expect(within(details).getByText(COORDINATOR.displayName)).toBeTruthy();
    expect(within(details).getByText('Coordinator')).toBeTruthy();
  });

  it('changes the password through main', async () => {
    const bridge = await openMyAccount();
    type(screen.getByLabelText('Current password'), COORDINATOR.password);
    type(screen.getByLabelText('New password'), NEW);
    type(screen.getByLabelText('Confirm new password'), NEW);
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText(/Password changed/)).toBeTruthy();
    expect(bridge.callsTo('account.changePassword')[0]?.input).toEqual({ currentPassword: COORDINATOR.password, newPassword: NEW });
    expect(bridge.user(COORDINATOR.username).password).toBe(NEW);
    expect(screen.getByLabelText<HTMLInputElement>('Current password').value).toBe('');
    expect(screen.getByLabelText<HTMLInputElement>('New password').value).toBe('');
  });

  it('shows main’s refusal of a common password', async () => {
    const bridge = await openMyAccount();
    type(screen.getByLabelText('Current password'), COORDINATOR.password);
    type(screen.getByLabelText('New password'), 'password-password-password');
    type(screen.getByLabelText('Confirm new password'), 'password-password-password');
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect((await screen.findByRole('alert')).textContent).toBe(errorMessages.ERR_PASSWORD_COMMON);
    expect(document.activeElement).toBe(screen.getByLabelText('New password'));
    expect(bridge.user(COORDINATOR.username).password).toBe(COORDINATOR.password);
  });

  it('asks for the current password before calling main', async () => {
    const bridge = await openMyAccount();
    type(screen.getByLabelText('New password'), NEW);
    type(screen.getByLabelText('Confirm new password'), NEW);
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Enter your current password.')).toBeTruthy();
    expect(bridge.callsTo('account.changePassword')).toHaveLength(0);
  });
});

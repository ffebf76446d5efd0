// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { errorMessages } from '../../../../../src/shared/contract';
import { installFakeBridge } from '../../fake-bridge';
import { renderApp, tearDown } from '../../render-app';

afterEach(tearDown);

const PASS = 'correct horse battery staple';

async function openSecurity(script: Parameters<typeof installFakeBridge>[0] = {}) {
  const bridge = installFakeBridge({
    state: 'unlocked',
    slots: ['recovery', 'passphrase', 'os-keychain'],
    passphrase: PASS,
    recoveryConfirmed: true,
    ...script,
  });
  renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Home' });
  fireEvent.click(screen.getByRole('button', { name: 'Security' }));
  await screen.findByRole('heading', { level: 1, name: 'Security' });
  return bridge;
}

const slotNames = () =>
  within(screen.getByTestId('slot-list'))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.slot-name')?.firstChild?.textContent);

describe('Security — unlock methods', () => {
  it('lists every slot with a human label, its date and backend', async () => {
    await openSecurity();
    expect(slotNames()).toEqual(['Recovery code', 'Passphrase', 'System keyring']);
    const list = screen.getByTestId('slot-list');
    expect(within(list).getByText('libsecret')).toBeTruthy();
    expect(within(list).getAllByText('Created')).toHaveLength(3);
    expect(within(list).getByText('Confirmed')).toBeTruthy();
  });

  it('asks for confirmation before removing; Cancel and Escape change nothing', async () => {
    const bridge = await openSecurity();
    const remove = screen.getByRole('button', { name: 'Remove System keyring' });
    remove.focus();
    fireEvent.click(remove);

    let dialog = await screen.findByRole('dialog', { name: 'Remove system keyring?' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.textContent).toMatch(/no longer unlock from the system keyring/);
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    expect(document.activeElement).toBe(cancel);
    fireEvent.click(cancel);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(remove);

    fireEvent.click(remove);
    dialog = await screen.findByRole('dialog');
    fireEvent.keyDown(within(dialog).getByRole('button', { name: 'Cancel' }), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(bridge.callsTo('vault.removeSlot')).toHaveLength(0);
  });

  it('keeps Tab inside the dialog', async () => {
    await openSecurity();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Passphrase' }));
    const dialog = await screen.findByRole('dialog');
    const [cancel, confirm] = within(dialog).getAllByRole('button');
    confirm!.focus();
    fireEvent.keyDown(confirm!, { key: 'Tab' });
    expect(document.activeElement).toBe(cancel);
    fireEvent.keyDown(cancel!, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(confirm);
  });

  it('removes the slot once confirmed', async () => {
    const bridge = await openSecurity();
    const opener = screen.getByRole('button', { name: 'Remove System keyring' });
    opener.focus(); // as a real click would
    fireEvent.click(opener);
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(bridge.callsTo('vault.removeSlot')).toHaveLength(1);
    expect(slotNames()).toEqual(['Recovery code', 'Passphrase']);
    expect(screen.getByRole('status').textContent).toMatch(/System keyring removed/);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Unlock methods' }));
    // The row that opened the dialog is gone, so focus lands on the list's heading.
    // With no keyring slot left and the keyring available, it can be added back.
    fireEvent.click(screen.getByRole('button', { name: 'Add system keyring' }));
    await waitFor(() => expect(slotNames()).toEqual(['Recovery code', 'Passphrase', 'System keyring']));
  });

  it('shows main’s message inside the dialog when removal fails', async () => {
    const bridge = await openSecurity();
    bridge.on('vault.removeSlot', () => ({ ok: false, error: { code: 'ERR_VAULT_SLOT_FILE_TAMPERED', message: errorMessages.ERR_VAULT_SLOT_FILE_TAMPERED } }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove Recovery code' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(errorMessages.ERR_VAULT_SLOT_FILE_TAMPERED);
  });

  it('cannot remove the only slot', async () => {
    await openSecurity({ slots: ['passphrase'] });
    const remove = screen.getByRole<HTMLButtonElement>('button', { name: 'Remove Passphrase' });
    expect(remove.disabled).toBe(true);
    expect(screen.getByText(errorMessages.ERR_VAULT_LAST_SLOT)).toBeTruthy();
  });

  it('explains why the keyring cannot be added when it is unavailable', async () => {
    await openSecurity({ slots: ['recovery', 'passphrase'], keychainAvailable: false, keychainProblem: 'ERR_KEYCHAIN_UNAVAILABLE' });
    expect(screen.queryByRole('button', { name: 'Add system keyring' })).toBeNull();
    expect(screen.getByTestId('keychain-problem').textContent).toContain(errorMessages.ERR_KEYCHAIN_UNAVAILABLE);
  });
});

describe('Security — change passphrase', () => {
  const newPass = () => screen.getByLabelText('New passphrase');
  const confirmPass = () => screen.getByLabelText('Confirm new passphrase');

  it('checks the confirmation, then changes it through main', async () => {
    const bridge = await openSecurity();
    fireEvent.change(newPass(), { target: { value: 'violet harbour tandem quill' } });
    fireEvent.change(confirmPass(), { target: { value: 'violet harbour tandem quilt' } });
    expect(screen.getByText('The passphrases do not match.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Change passphrase' }));
    expect(bridge.callsTo('vault.changePassphrase')).toHaveLength(0);

    fireEvent.change(confirmPass(), { target: { value: 'violet harbour tandem quill' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change passphrase' }));
    expect(await screen.findByText(/Passphrase changed/)).toBeTruthy();
    expect(bridge.vault.passphrase).toBe('violet harbour tandem quill');
    expect((newPass() as HTMLInputElement).value).toBe('');
  });

  it('shows main’s message when the passphrase is refused', async () => {
    await openSecurity();
    fireEvent.change(newPass(), { target: { value: 'password-password' } });
    fireEvent.change(confirmPass(), { target: { value: 'password-password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change passphrase' }));
    expect((await screen.findByRole('alert')).textContent).toBe(errorMessages.ERR_VAULT_PASSPHRASE_COMMON);
  });
});

// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorMessages } from '../../../../../src/shared/contract';
import { installFakeBridge, RECOVERY_CODE } from '../../fake-bridge';
import { renderApp, tearDown } from '../../render-app';

afterEach(() => {
  tearDown();
  vi.restoreAllMocks();
});

const GOOD = 'juniper lantern orbit meadow';

async function openWizard(script: Parameters<typeof installFakeBridge>[0] = {}) {
  const bridge = installFakeBridge({ state: 'uninitialized', ...script });
  renderApp();
  await screen.findByRole('heading', { level: 1, name: 'How will this workstation unlock?' });
  return bridge;
}

const keyring = () => screen.getByRole<HTMLInputElement>('checkbox', { name: 'Use the system keyring (recommended)' });
const passphrase = () => screen.getByLabelText<HTMLInputElement>(/^Passphrase/);
const confirm = () => screen.getByLabelText<HTMLInputElement>('Confirm passphrase');
const createVault = () => fireEvent.click(screen.getByRole('button', { name: 'Create vault' }));
const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });

/** The wizard's last step: the first administrator, who is then signed in. */
async function createAdministrator() {
  await screen.findByRole('heading', { level: 1, name: 'Create the administrator account' });
  type(screen.getByLabelText('User name'), 'dana');
  type(screen.getByLabelText('Display name'), 'Dana Director');
  type(screen.getByLabelText('Password'), 'copper lantern meadow drift');
  type(screen.getByLabelText('Confirm password'), 'copper lantern meadow drift');
  fireEvent.click(screen.getByRole('button', { name: 'Create administrator' }));
  return screen.findByRole('heading', { level: 1, name: 'Home' });
}

describe('setup wizard — step 1: unlock methods', () => {
  it('requires at least one method', async () => {
    const bridge = await openWizard({ keychainAvailable: true });
    expect(keyring().checked).toBe(true);
    fireEvent.click(keyring());
    expect(keyring().checked).toBe(false);
    createVault();
    expect((await screen.findByRole('alert')).textContent).toBe(errorMessages.ERR_VAULT_NO_METHOD);
    expect(document.activeElement).toBe(keyring());
    expect(bridge.callsTo('vault.setup')).toHaveLength(0);
  });

  it('disables the keyring when it is unavailable and says why', async () => {
    const bridge = await openWizard({ keychainAvailable: false, keychainProblem: 'ERR_KEYCHAIN_LOCKED' });
    expect(keyring().disabled).toBe(true);
    expect(keyring().checked).toBe(false);
    expect(screen.getByTestId('keychain-problem').textContent).toContain(errorMessages.ERR_KEYCHAIN_LOCKED);
    expect(passphrase().labels?.[0]?.textContent).toBe('Passphrase');
    createVault();
    expect((await screen.findByRole('alert')).textContent).toBe(errorMessages.ERR_VAULT_NO_METHOD);
    expect(bridge.callsTo('vault.setup')).toHaveLength(0);
  });

  it('shows the rule and a live character count', async () => {
    await openWizard();
    expect(screen.getByText(/At least 15 characters and not a common password/)).toBeTruthy();
    expect(screen.getByTestId('passphrase-count').textContent).toBe('0 characters');
    type(passphrase(), 'short one');
    expect(screen.getByTestId('passphrase-count').textContent).toBe('9 characters (6 more needed)');
    type(passphrase(), GOOD);
    expect(screen.getByTestId('passphrase-count').textContent).toBe(`${GOOD.length} characters`);
  });

  it('says when the passphrases do not match, and does not submit', async () => {
    const bridge = await openWizard({ keychainAvailable: false });
    type(passphrase(), GOOD);
    type(confirm(), 'juniper lantern orbit meadoW');
    expect(screen.getByText('The passphrases do not match.')).toBeTruthy();
    expect(confirm().getAttribute('aria-invalid')).toBe('true');
    createVault();
    await waitFor(() => expect(document.activeElement).toBe(confirm()));
    expect(bridge.callsTo('vault.setup')).toHaveLength(0);
    type(confirm(), GOOD);
    expect(screen.queryByText('The passphrases do not match.')).toBeNull();
    expect(screen.getByText('The passphrases match.')).toBeTruthy();
  });

  it('refuses a passphrase under 15 characters before asking main', async () => {
    const bridge = await openWizard({ keychainAvailable: false });
    type(passphrase(), 'tulip');
    type(confirm(), 'tulip');
    createVault();
    expect(await screen.findByText('Use at least 15 characters — this one has 5.')).toBeTruthy();
    expect(document.activeElement).toBe(passphrase());
    expect(bridge.callsTo('vault.setup')).toHaveLength(0);
  });

  it('shows main’s message when setup is refused', async () => {
    await openWizard({ keychainAvailable: false });
    type(passphrase(), 'password-password-password');
    type(confirm(), 'password-password-password');
    createVault();
    expect((await screen.findByRole('alert')).textContent).toBe(errorMessages.ERR_VAULT_PASSPHRASE_COMMON);
    expect(screen.getByRole('heading', { level: 1, name: 'How will this workstation unlock?' })).toBeTruthy();
  });
});

describe('setup wizard — recovery code and confirmation', () => {
  async function createWithKeyringAndPassphrase() {
    const bridge = await openWizard({ keychainAvailable: true });
    type(passphrase(), GOOD);
    type(confirm(), GOOD);
    const release = bridge.hold('vault.setup');
    createVault();
    const busy = await screen.findByRole('button', { name: /Creating the vault/ });
    expect((busy as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('status').textContent).toMatch(/takes a moment/);
    release();
    await screen.findByRole('heading', { level: 1, name: 'Save your recovery code' });
    return bridge;
  }

  it('sends the chosen methods, shows the code, prints the sheet, then confirms it', async () => {
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true, writable: true });
    const bridge = await createWithKeyringAndPassphrase();
    expect(bridge.callsTo('vault.setup')[0]?.input).toEqual({ useKeychain: true, passphrase: GOOD });

    expect(screen.getByTestId('recovery-code').textContent).toBe(RECOVERY_CODE);
    const sheet = screen.getByTestId('recovery-sheet');
    expect(sheet.textContent).toContain('Residency Scheduler');
    expect(sheet.textContent).toContain(RECOVERY_CODE);
    expect(sheet.textContent).toContain('Store this sheet somewhere safe, away from this workstation. Anyone with this code can unlock the data.');
    expect(sheet.textContent).toMatch(/Created .*\d{4}/);

    fireEvent.click(screen.getByRole('button', { name: 'Print recovery sheet' }));
    expect(print).toHaveBeenCalledOnce();

    const next = screen.getByRole<HTMLButtonElement>('button', { name: 'Next' });
    expect(next.disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'I have written down or printed this code' }));
    expect(next.disabled).toBe(false);
    fireEvent.click(next);

    await screen.findByRole('heading', { level: 1, name: 'Confirm your recovery code' });
    const field = screen.getByLabelText('Recovery code');
    type(field, 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-0000');
    fireEvent.click(screen.getByRole('button', { name: 'Confirm recovery code' }));
    expect((await screen.findByRole('alert')).textContent).toBe(errorMessages.ERR_VAULT_UNLOCK_FAILED);
    await waitFor(() => expect(document.activeElement).toBe(field));

    type(field, RECOVERY_CODE.toLowerCase());
    fireEvent.click(screen.getByRole('button', { name: 'Confirm recovery code' }));
    await screen.findByRole('heading', { level: 1, name: 'Create the administrator account' });
    expect(bridge.vault.recoveryConfirmed).toBe(true);
    // The code is gone from the page once the confirmation step is left.
    expect(document.body.textContent).not.toContain(RECOVERY_CODE);
    expect(screen.getByRole('list', { name: 'Setup progress' }).textContent).toContain('Step 4 of 4: Administrator account');

    expect(await createAdministrator()).toBeTruthy();
    expect(screen.queryByTestId('recovery-warning')).toBeNull();
    expect(screen.getByTestId('header-user').textContent).toBe('Signed in as Dana DirectorAdministrator');
    expect(bridge.callsTo('auth.createFirstAdmin')[0]?.input).toEqual({
      username: 'dana',
      displayName: 'Dana Director',
      password: 'copper lantern meadow drift',
    });
  });

  it('“Skip for now” leads to the administrator step, then Home with a warning', async () => {
    const bridge = await createWithKeyringAndPassphrase();
    fireEvent.click(screen.getByRole('checkbox', { name: 'I have written down or printed this code' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { level: 1, name: 'Confirm your recovery code' });
    fireEvent.click(screen.getByRole('button', { name: 'Skip for now' }));
    expect(document.body.textContent).not.toContain(RECOVERY_CODE);
    await createAdministrator();
    const warning = await screen.findByTestId('recovery-warning');
    expect(within(warning).getByRole('button', { name: 'Confirm recovery code' })).toBeTruthy();
    expect(bridge.callsTo('vault.confirmRecovery')).toHaveLength(0);
    expect(document.body.textContent).not.toContain(RECOVERY_CODE);
  });

  it('can show the code again from the confirmation step', async () => {
    await createWithKeyringAndPassphrase();
    fireEvent.click(screen.getByRole('checkbox', { name: 'I have written down or printed this code' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Show the code' }));
    expect((await screen.findByTestId('recovery-code')).textContent).toBe(RECOVERY_CODE);
  });

  it('creates a keyring-only vault without sending a passphrase', async () => {
    const bridge = await openWizard({ keychainAvailable: true });
    createVault();
    await screen.findByRole('heading', { level: 1, name: 'Save your recovery code' });
    expect(bridge.callsTo('vault.setup')[0]?.input).toEqual({ useKeychain: true });
  });
});

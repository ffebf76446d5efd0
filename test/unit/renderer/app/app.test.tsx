// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { errorMessages } from '../../../../src/shared/contract';
import { ADMIN, APP_VERSION, installFakeBridge } from '../fake-bridge';
import { navigationFor } from '../../../../src/renderer/app/navigation';
import { renderApp, tearDown } from '../render-app';

afterEach(tearDown);

const unlockedVault = { state: 'unlocked', slots: ['recovery', 'passphrase'], passphrase: 'correct horse battery staple', recoveryConfirmed: true } as const;

describe('App routing by vault.status', () => {
  it('shows the setup wizard when there is no vault yet', async () => {
    installFakeBridge({ state: 'uninitialized' });
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'How will this workstation unlock?' })).toBeTruthy();
  });

  it('shows the unlock screen when the vault is locked', async () => {
    installFakeBridge({ state: 'locked', slots: ['recovery', 'passphrase'], passphrase: 'x'.repeat(20) });
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Unlock Residency Scheduler' })).toBeTruthy();
  });

  it('shows the app frame with header, navigation and Home when unlocked and signed in', async () => {
    installFakeBridge(unlockedVault);
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Home' })).toBeTruthy();
    const banner = screen.getByRole('banner');
    expect(within(banner).getByText('Residency Scheduler')).toBeTruthy();
    expect(within(banner).getByTestId('header-user').textContent).toBe(`Signed in as ${ADMIN.displayName}Administrator`);
    expect(within(banner).getByRole('button', { name: 'Lock' })).toBeTruthy();
    expect(within(banner).getByRole('button', { name: 'Sign out' })).toBeTruthy();
    expect(screen.getByTestId('welcome').textContent).toBe(`Welcome, ${ADMIN.displayName}.`);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getAllByRole('button').map((b) => b.textContent)).toEqual(navigationFor('admin').map((i) => i.label));
    expect(within(nav).getAllByRole('button').map((b) => b.textContent).slice(0, 2)).toEqual(['Home', 'Schedule']);
    expect(within(nav).getByRole('button', { name: 'Home' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('main')).toBeTruthy();
  });

  it('says why it could not start, and starts once main answers', async () => {
    renderApp(); // no bridge installed
    expect(await screen.findByRole('heading', { level: 1, name: 'Residency Scheduler could not start' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/did not answer/);
    installFakeBridge(unlockedVault);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Home' })).toBeTruthy();
  });
});

describe('Home', () => {
  it('is honest about the vault and shows the empty state, no made-up data', async () => {
    installFakeBridge(unlockedVault);
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Home' });
    expect(screen.getByTestId('slot-count').textContent).toBe('2 methods configured');
    expect(screen.queryByTestId('recovery-warning')).toBeNull();
    expect(screen.getByText(/arrive with later releases/)).toBeTruthy();
  });

  it('warns while the recovery code is unconfirmed, and its button leads to confirming it', async () => {
    const bridge = installFakeBridge({ ...unlockedVault, recoveryConfirmed: false });
    renderApp();
    const warning = await screen.findByTestId('recovery-warning');
    expect(warning.textContent).toMatch(/has not been confirmed/);
    fireEvent.click(within(warning).getByRole('button', { name: 'Confirm recovery code' }));

    const field = await screen.findByLabelText('Recovery code');
    await waitFor(() => expect(document.activeElement).toBe(field));
    fireEvent.change(field, { target: { value: 'abcd efgh jkmn pqrs tvwx yz01 2345 6789' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm recovery code' }));
    expect(await screen.findByText('Recovery code confirmed.')).toBeTruthy();
    expect(bridge.callsTo('vault.confirmRecovery')).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Home' }));
    await screen.findByRole('heading', { level: 1, name: 'Home' });
    expect(screen.queryByTestId('recovery-warning')).toBeNull();
  });
});

describe('Lock vault (Security)', () => {
  it('locks through main and returns to the unlock screen without re-opening from the keyring', async () => {
    const bridge = installFakeBridge({ ...unlockedVault, slots: ['recovery', 'passphrase', 'os-keychain'] });
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Home' });
    fireEvent.click(screen.getByRole('button', { name: 'Security' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Lock vault' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Unlock Residency Scheduler' })).toBeTruthy();
    expect(bridge.callsTo('vault.lock')).toHaveLength(1);
    expect(bridge.vault.state).toBe('locked');
    expect(bridge.auth.session).toBeNull();
    // The person just locked on purpose: the keyring is offered, not used behind their back.
    expect(screen.getByRole('button', { name: 'Unlock with the system keyring' })).toBeTruthy();
    expect(bridge.callsTo('vault.unlock')).toHaveLength(0);
  });
});

describe('About', () => {
  it('shows app.info from main, including the version', async () => {
    const bridge = installFakeBridge(unlockedVault);
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Home' });
    fireEvent.click(screen.getByRole('button', { name: 'About' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'About' })).toBeTruthy();
    expect((await screen.findByTestId('app-version')).textContent).toBe(APP_VERSION);
    const list = screen.getByTestId('app-info');
    expect(within(list).getByText('Version')).toBeTruthy();
    expect(within(list).getByText('linux-x64')).toBeTruthy();
    expect(within(list).getByText(/Browser host/)).toBeTruthy();
    expect(bridge.callsTo('app.info').length).toBeGreaterThan(0);
  });

  it('shows main’s message when app.info fails', async () => {
    const bridge = installFakeBridge(unlockedVault);
    bridge.on('app.info', () => ({ ok: false, error: { code: 'ERR_INTERNAL', message: errorMessages.ERR_INTERNAL } }));
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Home' });
    fireEvent.click(screen.getByRole('button', { name: 'About' }));
    expect((await screen.findByRole('alert')).textContent).toBe(errorMessages.ERR_INTERNAL);
  });
});

describe('Navigation', () => {
  it('moves focus with the arrow keys and moves focus to the new screen’s heading', async () => {
    installFakeBridge(unlockedVault);
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Home' });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const home = within(nav).getByRole('button', { name: 'Home' });
    home.focus();
    fireEvent.keyDown(home, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(within(nav).getByRole('button', { name: 'Schedule' }));
    const security = within(nav).getByRole('button', { name: 'Security' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(home);
    fireEvent.keyDown(home, { key: 'End' });
    expect(document.activeElement).toBe(within(nav).getByRole('button', { name: 'About' }));
    fireEvent.click(security);
    const title = await screen.findByRole('heading', { level: 1, name: 'Security' });
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(security.getAttribute('aria-current')).toBe('page');
  });
});

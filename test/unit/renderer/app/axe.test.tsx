// @vitest-environment happy-dom
// Structural accessibility of every screen with axe-core (names, roles, landmarks, headings,
// ARIA). Colour contrast needs real layout and is checked in Chromium (see the screenshots / E2E).
import { fireEvent, screen } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { installFakeBridge } from '../fake-bridge';
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
});

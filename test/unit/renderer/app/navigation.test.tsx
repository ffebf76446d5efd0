// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { navigationFor } from '../../../../src/renderer/app/navigation';
import type { Role } from '../../../../src/shared/domain';
import { ADMIN, installFakeBridge } from '../fake-bridge';
import { renderApp, tearDown } from '../render-app';

afterEach(tearDown);

const PASSWORD = 'silver kettle morning drizzle';

async function signedInAs(role: Role, extra: Parameters<typeof installFakeBridge>[0] = {}) {
  const bridge = installFakeBridge({
    state: 'unlocked',
    slots: ['recovery', 'passphrase'],
    passphrase: 'x'.repeat(20),
    recoveryConfirmed: false,
    users: [ADMIN, { username: 'someone', displayName: 'Some One', role, password: PASSWORD, programs: role === 'coordinator' || role === 'faculty' ? ['IM'] : [] }],
    signedIn: 'someone',
    ...extra,
  });
  renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Home' });
  return bridge;
}

const SETUP = ['Programs', 'People', 'Academic years', 'Rotations', 'Absences', 'Holidays', 'Rules'];

const navLabels = () => within(screen.getByRole('navigation', { name: 'Main' })).getAllByRole('button').map((b) => b.textContent);

describe('navigation by role (the contract’s permission matrix)', () => {
  it('gives administrators every screen', () => {
    expect(navigationFor('admin').map((i) => i.label)).toEqual(['Home', 'Schedule', ...SETUP, 'Security', 'Users', 'Audit', 'Keys', 'Key rotation', 'Backups', 'My account', 'About']);
  });

  it.each([
    ['coordinator', ['Home', 'Schedule', ...SETUP, 'My account', 'About']],
    ['faculty', ['Home', 'Schedule', ...SETUP, 'My account', 'About']],
    ['auditor', ['Home', 'Schedule', ...SETUP, 'Audit', 'My account', 'About']],
  ] as const)('hides Users and Security from %s', async (role, labels) => {
    await signedInAs(role);
    expect(navLabels()).toEqual(labels);
    expect(screen.getByTestId('header-user').textContent).toMatch(/^Signed in as Some One/);
  });

  it.each([
    ['admin', true],
    ['auditor', true],
    ['coordinator', false],
    ['faculty', false],
  ] as const)('shows Audit to %s only with audit.read: %s', (role, shown) => {
    expect(navigationFor(role).some((i) => i.id === 'audit' && i.label === 'Audit')).toBe(shown);
  });

  it('does not ask a coordinator to confirm the recovery code they cannot reach', async () => {
    await signedInAs('coordinator');
    expect(screen.queryByTestId('recovery-warning')).toBeNull();
    expect(screen.getByTestId('slot-count').textContent).toBe('2 methods configured');
  });

  it('lets a coordinator use My account and About', async () => {
    const bridge = await signedInAs('coordinator');
    fireEvent.click(screen.getByRole('button', { name: 'My account' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My account' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'About' }));
    expect(await screen.findByTestId('app-version')).toBeTruthy();
    expect(bridge.callsTo('users.list')).toHaveLength(0);
  });
});

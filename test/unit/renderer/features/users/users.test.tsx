// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { errorMessages } from '../../../../../src/shared/contract';
import { ADMIN, COORDINATOR, installFakeBridge, PROGRAMS } from '../../fake-bridge';
import { renderApp, tearDown } from '../../render-app';

afterEach(tearDown);

const TEMP = 'temporary kettle password';
const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });

async function openUsers(script: Parameters<typeof installFakeBridge>[0] = {}) {
  const bridge = installFakeBridge({
    state: 'unlocked',
    slots: ['recovery', 'passphrase'],
    passphrase: 'x'.repeat(20),
    recoveryConfirmed: true,
    ...script,
  });
  renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Home' });
  fireEvent.click(screen.getByRole('button', { name: 'Users' }));
  await screen.findByRole('heading', { level: 1, name: 'Users' });
  await screen.findByTestId('users-table');
  return bridge;
}

const row = (username: string) => screen.getByTestId(`user-row-${username}`);
const cells = (username: string) => within(row(username)).getAllByRole('cell').map((c) => c.textContent);

describe('Users — the list', () => {
  it('shows only the administrator, marked as you, and the empty state', async () => {
    const bridge = await openUsers();
    expect(screen.getAllByRole('row')).toHaveLength(2); // header + avery
    const header = within(row(ADMIN.username)).getByRole('rowheader');
    expect(header.textContent).toBe(`${ADMIN.displayName}${ADMIN.username}You`);
    expect(cells(ADMIN.username).slice(0, 4)).toEqual(['Administrator', 'Active', 'All programs', 'Never']);
    expect(screen.getByTestId('users-empty').textContent).toMatch(/Only you have an account so far/);
    expect(bridge.callsTo('users.list')).toHaveLength(1);
    expect(bridge.callsTo('programs.list')).toHaveLength(1);
  });

  it('lists others with their role, status, programs and last sign-in', async () => {
    await openUsers({
      users: [
        ADMIN,
        { ...COORDINATOR, programs: ['IM', 'PEDS'], lastLoginAt: '2025-07-03T14:05:00.000Z' },
        { username: 'fran', displayName: 'Fran Faculty', role: 'faculty', password: TEMP, status: 'disabled' },
      ],
    });
    expect(screen.queryByTestId('users-empty')).toBeNull();
    expect(cells(COORDINATOR.username).slice(0, 3)).toEqual(['Coordinator', 'Active', '2 programs']);
    expect(cells(COORDINATOR.username)[3]).toMatch(/2025/);
    expect(cells('fran').slice(0, 4)).toEqual(['Faculty', 'Disabled', 'None', 'Never']);
    expect(within(row('fran')).getByRole('button', { name: 'Enable fran' })).toBeTruthy();
    expect(within(row(COORDINATOR.username)).getByRole('button', { name: 'Disable casey' })).toBeTruthy();
  });
});

describe('Users — add a user', () => {
  it('adds a coordinator with programs and a temporary password they must change', async () => {
    const bridge = await openUsers();
    fireEvent.click(screen.getByRole('button', { name: 'Add user' }));
    const form = await screen.findByTestId('add-user-form');
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText('User name')));
    expect(within(form).getByText(/must choose their own password the first time they sign in/)).toBeTruthy();

    type(within(form).getByLabelText('User name'), 'jordan');
    type(within(form).getByLabelText('Display name'), 'Jordan Lee');
    const role = within(form).getByLabelText<HTMLSelectElement>('Role');
    expect(role.value).toBe('coordinator');
    // Programs are offered only to the program-scoped roles.
    fireEvent.change(role, { target: { value: 'auditor' } });
    expect(within(form).queryByTestId('program-picker')).toBeNull();
    fireEvent.change(role, { target: { value: 'coordinator' } });
    const picker = within(form).getByTestId('program-picker');
    fireEvent.click(within(picker).getByRole('checkbox', { name: 'Pediatrics (PEDS)' }));
    type(within(form).getByLabelText('Temporary password'), TEMP);
    type(within(form).getByLabelText('Confirm temporary password'), TEMP);
    fireEvent.click(within(form).getByRole('button', { name: 'Add user' }));

    expect(await screen.findByText(/jordan was added\. They must change the temporary password/)).toBeTruthy();
    expect(screen.queryByTestId('add-user-form')).toBeNull();
    expect(bridge.callsTo('users.create')[0]?.input).toEqual({
      username: 'jordan',
      displayName: 'Jordan Lee',
      role: 'coordinator',
      programIds: [PROGRAMS[1]!.id],
      temporaryPassword: TEMP,
    });
    expect(cells('jordan').slice(0, 4)).toEqual(['Coordinator', 'ActiveTemporary password', '1 program', 'Never']);
    expect(screen.queryByTestId('users-empty')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add user' })));
  });

  it('shows main’s refusal (user name taken) and keeps what was typed', async () => {
    await openUsers({ users: [ADMIN, COORDINATOR] });
    fireEvent.click(screen.getByRole('button', { name: 'Add user' }));
    const form = await screen.findByTestId('add-user-form');
    type(within(form).getByLabelText('User name'), COORDINATOR.username);
    type(within(form).getByLabelText('Display name'), 'Another Casey');
    fireEvent.change(within(form).getByLabelText('Role'), { target: { value: 'faculty' } });
    type(within(form).getByLabelText('Temporary password'), TEMP);
    type(within(form).getByLabelText('Confirm temporary password'), TEMP);
    fireEvent.click(within(form).getByRole('button', { name: 'Add user' }));
    expect((await within(form).findByRole('alert')).textContent).toBe(errorMessages.ERR_USERNAME_TAKEN);
    expect(document.activeElement).toBe(within(form).getByLabelText('User name'));
    expect(within(form).getByLabelText<HTMLInputElement>('Display name').value).toBe('Another Casey');
  });

  it('checks the fields before asking main, and Cancel closes the form', async () => {
    const bridge = await openUsers();
    fireEvent.click(screen.getByRole('button', { name: 'Add user' }));
    const form = await screen.findByTestId('add-user-form');
    fireEvent.click(within(form).getByRole('button', { name: 'Add user' }));
    expect(await within(form).findByText(/starting with a letter or digit/)).toBeTruthy();
    type(within(form).getByLabelText('User name'), 'jordan');
    fireEvent.click(within(form).getByRole('button', { name: 'Add user' }));
    await waitFor(() => expect(within(form).getByText('Enter the name people know them by.')).toBeTruthy());
    expect(bridge.callsTo('users.create')).toHaveLength(0);
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByTestId('add-user-form')).toBeNull());
  });
});

describe('Users — disable, enable, role, password', () => {
  it('disables only after confirmation; Cancel changes nothing', async () => {
    const bridge = await openUsers({ users: [ADMIN, COORDINATOR] });
    const disable = within(row(COORDINATOR.username)).getByRole('button', { name: 'Disable casey' });
    disable.focus();
    fireEvent.click(disable);
    let dialog = await screen.findByRole('dialog', { name: 'Disable casey?' });
    expect(dialog.textContent).toMatch(/signed out at once and can no longer sign in/);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(bridge.callsTo('users.update')).toHaveLength(0);

    fireEvent.click(disable);
    dialog = await screen.findByRole('dialog', { name: 'Disable casey?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Disable' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(bridge.callsTo('users.update')[0]?.input).toEqual({ userId: bridge.user(COORDINATOR.username).id, status: 'disabled' });
    expect(cells(COORDINATOR.username)[1]).toBe('Disabled');
    expect(screen.getByText('casey is disabled and can no longer sign in.')).toBeTruthy();

    fireEvent.click(within(row(COORDINATOR.username)).getByRole('button', { name: 'Enable casey' }));
    await waitFor(() => expect(cells(COORDINATOR.username)[1]).toBe('Active'));
    expect(bridge.user(COORDINATOR.username).status).toBe('active');
  });

  it('shows main’s refusal to disable the last administrator inside the dialog', async () => {
    const bridge = await openUsers({ users: [ADMIN, COORDINATOR] });
    fireEvent.click(within(row(ADMIN.username)).getByRole('button', { name: 'Disable avery' }));
    const dialog = await screen.findByRole('dialog', { name: 'Disable avery?' });
    expect(dialog.textContent).toMatch(/This is your own account/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Disable' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(errorMessages.ERR_USER_LAST_ADMIN);
    expect(bridge.user(ADMIN.username).status).toBe('active');
  });

  it('changes a role and its programs', async () => {
    const bridge = await openUsers({ users: [ADMIN, COORDINATOR] });
    fireEvent.click(within(row(COORDINATOR.username)).getByRole('button', { name: 'Change role for casey' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change role for casey' });
    const role = within(dialog).getByLabelText<HTMLSelectElement>('Role');
    await waitFor(() => expect(document.activeElement).toBe(role));
    expect(within(dialog).getByRole<HTMLInputElement>('checkbox', { name: 'Internal Medicine (IM)' }).checked).toBe(true);
    fireEvent.change(role, { target: { value: 'faculty' } });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Pediatrics (PEDS)' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(bridge.callsTo('users.update')[0]?.input).toEqual({
      userId: bridge.user(COORDINATOR.username).id,
      role: 'faculty',
      programIds: [PROGRAMS[0]!.id, PROGRAMS[1]!.id],
    });
    expect(cells(COORDINATOR.username).slice(0, 3)).toEqual(['Faculty', 'Active', '2 programs']);
  });

  it('sets a temporary password in a dialog', async () => {
    const bridge = await openUsers({ users: [ADMIN, COORDINATOR] });
    fireEvent.click(within(row(COORDINATOR.username)).getByRole('button', { name: 'Reset password for casey' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset the password of casey' });
    const field = within(dialog).getByLabelText('Temporary password');
    await waitFor(() => expect(document.activeElement).toBe(field));
    type(field, 'short');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Set temporary password' }));
    expect(await within(dialog).findByText('Use at least 15 characters — this one has 5.')).toBeTruthy();
    type(field, TEMP);
    type(within(dialog).getByLabelText('Confirm temporary password'), TEMP);
    fireEvent.submit(field.closest('form')!);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByText(/Temporary password set for casey/)).toBeTruthy();
    expect(bridge.user(COORDINATOR.username)).toMatchObject({ password: TEMP, mustChangePassword: true });
  });

  it('follows a change to one’s own role: the navigation and the screen follow the new role', async () => {
    const other = { username: 'blair', displayName: 'Blair Admin', role: 'admin', password: 'granite orchard paper lantern' } as const;
    const bridge = await openUsers({ users: [ADMIN, other] });
    fireEvent.click(within(row(ADMIN.username)).getByRole('button', { name: 'Change role for avery' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change role for avery' });
    expect(dialog.textContent).toMatch(/This is your own account/);
    fireEvent.change(within(dialog).getByLabelText('Role'), { target: { value: 'auditor' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Home' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    // An auditor's screens: no Users, Security or Keys any more.
    const labels = within(nav).getAllByRole('button').map((b) => b.textContent);
    expect(labels).toContain('Audit');
    for (const gone of ['Users', 'Security', 'Keys']) expect(labels).not.toContain(gone);
    expect(bridge.user(ADMIN.username).role).toBe('auditor');
  });
});

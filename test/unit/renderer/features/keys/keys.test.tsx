// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { installFakeBridge } from '../../fake-bridge';
import { renderApp, tearDown } from '../../render-app';
import { type FakeKeySeed, installKeys } from './fake-keys';

afterEach(tearDown);

const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });

async function openKeys(seeds: FakeKeySeed[] = []) {
  const bridge = installFakeBridge({ state: 'unlocked', slots: ['recovery', 'passphrase'], recoveryConfirmed: true });
  const keys = installKeys(bridge, seeds);
  renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Home' });
  fireEvent.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('button', { name: 'Keys' }));
  await screen.findByRole('heading', { level: 1, name: 'Keys' });
  await screen.findByText(/keys? shown/);
  return { bridge, keys };
}

const row = (name: string, version = 1) => screen.getByTestId(`key-row-${name}-v${version}`);

async function openDetail(name: string, version = 1) {
  fireEvent.click(within(row(name, version)).getByRole('button'));
  return screen.findByTestId('key-detail');
}

describe('Keys — the list', () => {
  it('says there are no keys yet, and how to make one, when none exist', async () => {
    await openKeys();
    expect(screen.getByTestId('keys-empty').textContent).toMatch(/No managed keys yet/);
    expect(screen.getByRole('button', { name: 'Generate key' })).toBeTruthy();
  });

  it('shows each key’s status as a worded badge, not colour alone', async () => {
    await openKeys([
      { name: 'session-jwt', purpose: 'jwt' },
      { name: 'old-backup', type: 'ec-p256', purpose: 'backup', status: 'revoked' },
      { name: 'archive', status: 'inactive' },
    ]);
    expect(within(row('session-jwt')).getByText('Active').className).toContain('badge-ok');
    expect(within(row('old-backup')).getByText('Revoked').className).toContain('badge-error');
    expect(within(row('archive')).getByText('Inactive').className).toContain('badge-muted');
    expect(within(row('old-backup')).getByText('EC P-256')).toBeTruthy();
    expect(within(row('session-jwt')).getByText('Session tokens (JWT)')).toBeTruthy();
  });

  it('asks main for only the chosen type, purpose and status, and says when nothing matches', async () => {
    const { bridge } = await openKeys([{ name: 'a', type: 'rsa-2048', purpose: 'signing' }, { name: 'b' }]);
    const filters = screen.getByTestId('key-filters');
    fireEvent.change(within(filters).getByLabelText('Type'), { target: { value: 'rsa-2048' } });
    await waitFor(() => expect(screen.queryByTestId('key-row-b-v1')).toBeNull());
    expect(row('a')).toBeTruthy();
    fireEvent.change(within(filters).getByLabelText('Status'), { target: { value: 'revoked' } });
    expect((await screen.findByTestId('keys-empty')).textContent).toMatch(/No keys match these filters/);
    expect(bridge.callsTo('keys.list').at(-1)!.input).toEqual({ type: 'rsa-2048', status: 'revoked' });
    fireEvent.click(within(filters).getByRole('button', { name: 'Clear filters' }));
    await screen.findByTestId('key-row-b-v1');
    expect(bridge.callsTo('keys.list').at(-1)!.input).toEqual({});
  });
});

describe('Keys — generate', () => {
  it('generates a key that then appears in the list as active', async () => {
    const { bridge } = await openKeys();
    fireEvent.click(screen.getByRole('button', { name: 'Generate key' }));
    const dialog = await screen.findByTestId('generate-key-dialog');
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText('Name')));
    type(within(dialog).getByLabelText('Name'), 'Backup signing 2026');
    fireEvent.change(within(dialog).getByLabelText('Type'), { target: { value: 'ec-p384' } });
    fireEvent.change(within(dialog).getByLabelText('Purpose'), { target: { value: 'backup' } });
    type(within(dialog).getByLabelText('Rotate every (days, optional)'), '90');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Generate' }));
    await screen.findByText('Backup signing 2026 was generated and is active.');
    expect(within(row('Backup signing 2026')).getByText('Active')).toBeTruthy();
    expect(bridge.callsTo('keys.generate')[0]!.input).toMatchObject({ name: 'Backup signing 2026', type: 'ec-p384', purpose: 'backup', rotationDays: 90, policy: { kind: 'admin-only' } });
  });

  it('refuses an EC key for encryption before asking main, with focus on Purpose', async () => {
    const { bridge } = await openKeys();
    fireEvent.click(screen.getByRole('button', { name: 'Generate key' }));
    const dialog = await screen.findByTestId('generate-key-dialog');
    type(within(dialog).getByLabelText('Name'), 'wrong-kind');
    fireEvent.change(within(dialog).getByLabelText('Type'), { target: { value: 'ec-p256' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Generate' }));
    expect(await within(dialog).findByText(/An EC key only signs/)).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Purpose'));
    expect(bridge.callsTo('keys.generate')).toHaveLength(0);
  });

  it('puts main’s “name taken” on the Name field and keeps what was typed', async () => {
    await openKeys([{ name: 'session-jwt' }]);
    fireEvent.click(screen.getByRole('button', { name: 'Generate key' }));
    const dialog = await screen.findByTestId('generate-key-dialog');
    type(within(dialog).getByLabelText('Name'), 'session-jwt');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Generate' }));
    expect(await within(dialog).findByText('Another key already uses that name. Choose a different name.')).toBeTruthy();
    expect(within(dialog).getByLabelText<HTMLInputElement>('Name').value).toBe('session-jwt');
    expect(within(dialog).getByLabelText('Name').getAttribute('aria-invalid')).toBe('true');
  });
});

describe('Keys — detail', () => {
  it('shows the key’s properties, policy, versions and an empty usage log', async () => {
    await openKeys([{ name: 'signer', type: 'rsa-4096', purpose: 'signing', rotationDays: 180 }]);
    const detail = await openDetail('signer');
    expect(screen.getByRole('heading', { level: 2, name: 'signer — version 1' })).toBeTruthy();
    expect(within(detail).getByText('Every 180 days')).toBeTruthy();
    expect(within(detail).getByText('Administrators only')).toBeTruthy();
    expect(within(within(detail).getByTestId('key-versions')).getAllByRole('row')).toHaveLength(2);
    expect(within(detail).getByTestId('key-usage-empty').textContent).toMatch(/not been used yet/);
    expect(within(detail).getByRole('group', { name: 'Key actions' }).textContent).toContain('Export public key');
  });

  it('records an export in the usage log with who did it', async () => {
    await openKeys([{ name: 'signer', type: 'ec-p256', purpose: 'signing' }]);
    const detail = await openDetail('signer');
    fireEvent.click(within(detail).getByRole('button', { name: 'Export public key' }));
    const dialog = await screen.findByTestId('export-key-dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Export' }));
    await screen.findByText(/was saved as signer-v1-public\.pem/);
    const usage = await screen.findByTestId('key-usage');
    expect(within(usage).getByText('export')).toBeTruthy();
    expect(within(usage).getByText('Success')).toBeTruthy();
    expect(within(usage).getByText('avery')).toBeTruthy();
  });
});

describe('Keys — rotate, revoke, delete', () => {
  it('rotates: the new version becomes active and the old one rotating', async () => {
    const { keys } = await openKeys([{ name: 'session-jwt', purpose: 'jwt' }]);
    const detail = await openDetail('session-jwt');
    fireEvent.click(within(detail).getByRole('button', { name: 'Rotate' }));
    const dialog = await screen.findByTestId('rotate-key-dialog');
    expect(within(dialog).getByText(/Version 2 is generated and becomes the active key/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Rotate' }));
    await screen.findByText('session-jwt was rotated: version 2 is now active.');
    const versions = within(screen.getByTestId('key-detail')).getByTestId('key-versions');
    await waitFor(() => expect(within(versions).getByText('Rotating')).toBeTruthy());
    expect(within(versions).getByText('Active')).toBeTruthy();
    expect(keys.named('session-jwt', 1).status).toBe('rotating');
  });

  it('shows main’s refusal of a rotation in words for that action', async () => {
    const { bridge } = await openKeys([{ name: 'session-jwt', purpose: 'jwt' }]);
    const detail = await openDetail('session-jwt');
    fireEvent.click(within(detail).getByRole('button', { name: 'Rotate' }));
    const dialog = await screen.findByTestId('rotate-key-dialog');
    bridge.failNext('keys.rotate', 'ERR_KEYS_INVALID_TRANSITION');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Rotate' }));
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(/Only the newest active version of a key can be rotated/);
  });

  it('will not revoke without a reason, then revokes with one', async () => {
    const { bridge, keys } = await openKeys([{ name: 'leaked' }]);
    const detail = await openDetail('leaked');
    fireEvent.click(within(detail).getByRole('button', { name: 'Revoke' }));
    const dialog = await screen.findByTestId('revoke-key-dialog');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    expect(await within(dialog).findByText('Choose why the key is revoked.')).toBeTruthy();
    expect(bridge.callsTo('keys.revoke')).toHaveLength(0);
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'key-compromise' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    await screen.findByText('leaked version 1 was revoked and can no longer be used.');
    expect(keys.named('leaked').status).toBe('revoked');
    expect(bridge.callsTo('keys.revoke')[0]!.input).toEqual({ id: keys.named('leaked').id, reason: 'key-compromise' });
  });

  it('deletes only once the key’s exact name is typed', async () => {
    const { bridge, keys } = await openKeys([{ name: 'Old Archive', status: 'inactive' }]);
    const detail = await openDetail('Old Archive');
    fireEvent.click(within(detail).getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByTestId('delete-key-dialog');
    const field = within(dialog).getByLabelText('Type Old Archive to confirm');
    type(field, 'old archive');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByText(/must match exactly, capitals included/)).toBeTruthy();
    expect(bridge.callsTo('keys.delete')).toHaveLength(0);
    type(field, 'Old Archive');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await screen.findByText(/Old Archive version 1 will be destroyed on .*Until then you can cancel the deletion\./);
    expect(keys.named('Old Archive').status).toBe('pending-deletion');
    expect(within(screen.getByTestId('key-detail')).getByRole('button', { name: 'Cancel deletion' })).toBeTruthy();
  });

  it('explains the forced deletion of a revoked key and sends force', async () => {
    const { bridge, keys } = await openKeys([{ name: 'revoked-one', status: 'revoked' }]);
    const detail = await openDetail('revoked-one');
    fireEvent.click(within(detail).getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByTestId('delete-key-dialog');
    expect(within(dialog).getByTestId('force-explanation').textContent).toMatch(/forced deletion: it is allowed because a revoked key\s+can never be used again/);
    type(within(dialog).getByLabelText('Type revoked-one to confirm'), 'revoked-one');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Force delete' }));
    await screen.findByText(/revoked-one version 1 will be destroyed/);
    expect(bridge.callsTo('keys.delete')[0]!.input).toMatchObject({ confirmName: 'revoked-one', force: true });
    expect(keys.named('revoked-one').status).toBe('pending-deletion');
  });

  it('closes a dialog with Escape and gives focus back to the button that opened it', async () => {
    const { bridge } = await openKeys([{ name: 'leaked' }]);
    const detail = await openDetail('leaked');
    const opener = within(detail).getByRole('button', { name: 'Revoke' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = await screen.findByTestId('revoke-key-dialog');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('revoke-key-dialog')).toBeNull());
    expect(document.activeElement).toBe(within(screen.getByTestId('key-detail')).getByRole('button', { name: 'Revoke' }));
    expect(bridge.callsTo('keys.revoke')).toHaveLength(0);
  });
});

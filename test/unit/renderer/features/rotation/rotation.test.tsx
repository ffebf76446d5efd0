// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, COORDINATOR, installFakeBridge, PROGRAMS } from '../../fake-bridge';
import { renderApp, tearDown } from '../../render-app';
import { dueItem, installRotation } from './fake-rotation';

afterEach(tearDown);

const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });
const IM = PROGRAMS[0]!;
const nav = () => within(screen.getByRole('navigation', { name: 'Main' }));

async function signIn(script: Parameters<typeof installRotation>[1] = {}, users = [ADMIN]) {
  const bridge = installFakeBridge({ state: 'unlocked', slots: ['recovery', 'passphrase'], recoveryConfirmed: true, users });
  const rotation = installRotation(bridge, script);
  renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Home' });
  return { bridge, rotation };
}

async function openDashboard(script: Parameters<typeof installRotation>[1] = {}) {
  const opened = await signIn(script);
  fireEvent.click(nav().getByRole('button', { name: 'Key rotation' }));
  await screen.findByRole('heading', { level: 1, name: 'Key rotation' });
  await screen.findByTestId('rotation-policies');
  return opened;
}

async function startRotation(rowName: RegExp, reason: string) {
  const policies = screen.getByTestId('rotation-policies');
  const row = within(policies).getByRole('rowheader', { name: rowName }).closest('tr')!;
  fireEvent.click(within(row).getByRole('button', { name: /Rotate now/ }));
  const dialog = await screen.findByTestId('run-rotation-dialog');
  return { dialog, submit: () => {
    type(within(dialog).getByLabelText('Reason'), reason);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Start rotation' }));
  } };
}

describe('Rotation — the notice in the app shell', () => {
  it('tells an administrator how many rotations are due and leads to the dashboard', async () => {
    await signIn({
      status: {
        due: [dueItem('master-key', '2099-01-01T00:00:00.000Z')],
        overdue: [dueItem('program-data-key', '2025-01-01T00:00:00.000Z', IM.id)],
        inGrace: [],
        policies: [],
      },
    });
    const notice = await screen.findByTestId('rotation-notice');
    expect(notice.textContent).toBe('2 rotations due (1 overdue) — Review rotations');
    fireEvent.click(within(notice).getByRole('button', { name: 'Review rotations' }));
    await screen.findByRole('heading', { level: 1, name: 'Key rotation' });
    expect(within(screen.getByTestId('rotation-overdue')).getByText('Program data key — Internal Medicine (IM)')).toBeTruthy();
  });

  it('is not shown, nor asked for, for someone who does not manage keys', async () => {
    const { bridge } = await signIn({ status: { due: [dueItem('master-key', '2099-01-01T00:00:00.000Z')], overdue: [], inGrace: [], policies: [] } }, [COORDINATOR]);
    expect(nav().queryByRole('button', { name: 'Key rotation' })).toBeNull();
    expect(nav().queryByRole('button', { name: 'Keys' })).toBeNull();
    expect(screen.queryByTestId('rotation-notice')).toBeNull();
    expect(bridge.callsTo('rotation.status')).toHaveLength(0);
  });

  it('is not shown when nothing is due', async () => {
    const { bridge } = await signIn();
    await waitFor(() => expect(bridge.callsTo('rotation.status').length).toBeGreaterThan(0));
    expect(screen.queryByTestId('rotation-notice')).toBeNull();
  });
});

describe('Rotation — the dashboard', () => {
  it('says when nothing is due, no key is in grace and no rotation has run', async () => {
    await openDashboard();
    expect(screen.getByTestId('rotation-nothing-due').textContent).toMatch(/Nothing is due/);
    expect(screen.getByTestId('rotation-grace-empty')).toBeTruthy();
    expect(screen.getByTestId('rotation-history-empty')).toBeTruthy();
    expect(within(screen.getByTestId('rotation-policies')).getAllByRole('row')).toHaveLength(7);
  });

  it('lists overdue, due and in-grace secrets under worded badges', async () => {
    await openDashboard({
      status: {
        overdue: [dueItem('key-encryption-key', '2025-01-01T00:00:00.000Z')],
        due: [dueItem('backup-signing-key', '2099-01-01T00:00:00.000Z')],
        inGrace: [{ type: 'session-signing-key', programId: null, rotationId: crypto.randomUUID(), graceEndsAt: '2099-01-02T00:00:00.000Z' }],
        policies: [],
      },
    });
    expect(screen.getByText('Overdue').className).toContain('badge-error');
    expect(screen.getByText('Due soon').className).toContain('badge-warn');
    expect(within(screen.getByTestId('rotation-overdue')).getByText('Key-encryption key')).toBeTruthy();
    expect(within(screen.getByTestId('rotation-due')).getByText('Backup signing key')).toBeTruthy();
    expect(screen.getByTestId('rotation-in-grace').textContent).toMatch(/In grace Session signing key: the old key is accepted until/);
  });

  it('needs a reason before a rotation starts', async () => {
    const { bridge } = await openDashboard();
    const { dialog } = await startRotation(/^Key-encryption key/, '');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Start rotation' }));
    expect(await within(dialog).findByText(/Say why/)).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Reason'));
    expect(bridge.callsTo('rotation.run')).toHaveLength(0);
  });
});

describe('Rotation — running one', () => {
  it('shows re-encryption progress with a bar, then the outcome and the history', async () => {
    const { bridge, rotation } = await openDashboard({ holdRuns: true });
    const { dialog, submit } = await startRotation(/^Program data key/, 'yearly rotation');
    fireEvent.change(within(dialog).getByLabelText('Program'), { target: { value: IM.id } });
    submit();
    const panel = await screen.findByTestId('rotation-running');
    expect(within(panel).getByRole('heading').textContent).toBe('Rotating: Program data key — Internal Medicine (IM)');
    rotation.progress('re-encrypting', 250, 1000);
    await waitFor(() => expect(within(panel).getByRole('progressbar').getAttribute('value')).toBe('25'));
    expect(within(panel).getByText(/Re-encrypting data — 250 of 1,000 rows/)).toBeTruthy();
    rotation.finish();
    expect((await screen.findByTestId('rotation-outcome')).textContent).toBe('Program data key — Internal Medicine (IM) was rotated.');
    expect(screen.queryByTestId('rotation-running')).toBeNull();
    const history = await screen.findByTestId('rotation-history');
    expect(within(history).getByText('Completed').className).toContain('badge-ok');
    expect(within(history).getByText('yearly rotation')).toBeTruthy();
    expect(bridge.callsTo('rotation.run')[0]!.input).toEqual({ type: 'program-data-key', programId: IM.id, reason: 'yearly rotation' });
  });

  it('cancels the running job and says where the data was left', async () => {
    const { bridge, rotation } = await openDashboard({ holdRuns: true });
    const { dialog, submit } = await startRotation(/^Program data key/, 'staff change');
    fireEvent.change(within(dialog).getByLabelText('Program'), { target: { value: IM.id } });
    submit();
    const panel = await screen.findByTestId('rotation-running');
    rotation.progress('re-encrypting', 10, 1000);
    fireEvent.click(within(panel).getByRole('button', { name: 'Cancel rotation' }));
    const outcome = await screen.findByTestId('rotation-outcome');
    expect(outcome.getAttribute('role')).toBe('alert');
    expect(outcome.textContent).toMatch(/cancelled\. The new key version is in use; fields not yet re-encrypted still open with the old one\. Run it again to finish\./);
    expect(rotation.cancelled).toEqual([bridge.callsTo('rotation.run')[0]!.jobId]);
    expect(within(await screen.findByTestId('rotation-history')).getByText('ERR_CANCELLED')).toBeTruthy();
  });

  it('asks for the vault secrets for the master key and explains a refusal', async () => {
    const { bridge, rotation } = await openDashboard();
    rotation.failWith = 'ERR_VAULT_UNLOCK_FAILED';
    const { dialog, submit } = await startRotation(/^Master key/, 'yearly rotation');
    type(within(dialog).getByLabelText('Current passphrase'), 'not the passphrase at all');
    type(within(dialog).getByLabelText('Recovery code'), 'ABCD-EFGH');
    submit();
    expect((await screen.findByTestId('rotation-outcome')).textContent).toMatch(/Every passphrase and recovery slot needs its current secret\. Nothing was changed\./);
    expect(bridge.callsTo('rotation.run')[0]!.input).toMatchObject({ type: 'master-key', passphrase: 'not the passphrase at all', recoveryCode: 'ABCD-EFGH' });
  });
});

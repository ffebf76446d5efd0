// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportFileName, problemText } from '../../../../../src/renderer/features/audit';
import { errorMessages } from '../../../../../src/shared/contract';
import type { AuditProblem, Role } from '../../../../../src/shared/domain';
import { ADMIN, COORDINATOR, type FakeAuditSeed, installFakeBridge } from '../../fake-bridge';
import { renderApp, tearDown } from '../../render-app';

afterEach(() => {
  vi.restoreAllMocks();
  tearDown();
});

const AUDITOR = { username: 'ari', displayName: 'Ari Auditor', role: 'auditor', password: 'granite orchard paper lantern' } as const;

/** A small day on the workstation: sign-ins, one failure, an account added, a CLI verify. */
const DAY: FakeAuditSeed[] = [
  { actor: ADMIN.username, action: 'auth.login', target: ADMIN.username, at: '2025-07-01T08:00:00.000Z' },
  { actor: ADMIN.username, action: 'user.create', target: COORDINATOR.username, details: { role: 'coordinator' }, at: '2025-07-01T08:05:00.000Z' },
  { actor: COORDINATOR.username, action: 'auth.login.failure', target: COORDINATOR.username, outcome: 'failure', details: { cause: 'wrong-password' }, at: '2025-07-02T09:00:00.000Z' },
  { actor: 'system', action: 'auth.login.failure', target: null, outcome: 'failure', details: { cause: 'unknown-user' }, at: '2025-07-02T09:01:00.000Z' },
  { actor: COORDINATOR.username, action: 'auth.login', target: COORDINATOR.username, at: '2025-07-03T10:00:00.000Z' },
  { actor: 'cli', action: 'audit.verify', details: { entries: 5 }, at: '2025-07-04T07:00:00.000Z' },
];

const many = (n: number): FakeAuditSeed[] =>
  Array.from({ length: n }, (_, i) => ({ actor: ADMIN.username, action: i % 2 ? 'auth.logout' : 'auth.login', target: ADMIN.username }));

type Script = Parameters<typeof installFakeBridge>[0];

async function openAudit(script: Script = {}) {
  const bridge = installFakeBridge({
    state: 'unlocked',
    slots: ['recovery', 'passphrase'],
    passphrase: 'x'.repeat(20),
    recoveryConfirmed: true,
    users: [ADMIN, COORDINATOR, AUDITOR],
    audit: DAY,
    ...script,
  });
  renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Home' });
  fireEvent.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('button', { name: 'Audit' }));
  await screen.findByRole('heading', { level: 1, name: 'Audit log' });
  await screen.findByText(/^Showing /);
  return bridge;
}

const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });
const filters = () => screen.getByRole('search', { name: 'Filter the audit log' });
const apply = () => fireEvent.click(within(filters()).getByRole('button', { name: 'Apply filters' }));
const row = (seq: number) => screen.getByTestId(`audit-row-${seq}`);
const cells = (seq: number) => within(row(seq)).getAllByRole('cell').map((c) => c.textContent);
const seqs = () => within(screen.getByTestId('audit-table')).getAllByRole('rowheader').map((h) => Number(h.textContent));
const lastListInput = (bridge: ReturnType<typeof installFakeBridge>) => bridge.callsTo('audit.list').at(-1)?.input;

describe('Audit — who sees it', () => {
  it.each([
    ['admin', true],
    ['auditor', true],
    ['coordinator', false],
    ['faculty', false],
  ] as const)('the navigation shows Audit to %s: %s', async (role: Role, shown) => {
    installFakeBridge({
      state: 'unlocked',
      slots: ['recovery', 'passphrase'],
      passphrase: 'x'.repeat(20),
      users: [ADMIN, { username: 'someone', displayName: 'Some One', role, password: COORDINATOR.password, programs: role === 'coordinator' || role === 'faculty' ? ['IM'] : [] }],
      signedIn: 'someone',
    });
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Home' });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('button', { name: 'Audit' }) !== null).toBe(shown);
  });
});

describe('Audit — the entries', () => {
  it('lists entries newest first, with names, labels, badges and details, in a captioned table', async () => {
    const bridge = await openAudit();
    expect(lastListInput(bridge)).toEqual({ limit: 100, offset: 0 });
    // An administrator's screen names actors from users.list.
    expect(bridge.callsTo('users.list')).toHaveLength(1);
    expect(screen.getByText('Showing 1–6 of 6')).toBeTruthy();
    expect(seqs()).toEqual([6, 5, 4, 3, 2, 1]);

    const table = screen.getByTestId('audit-table');
    expect(within(table).getByText(/^Audit entries, newest first\. Showing 1–6 of 6$/).tagName).toBe('CAPTION');
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['#', 'Time', 'Actor', 'Action', 'Target', 'Outcome', 'Details']);
    expect(headers.every((h) => h.getAttribute('scope') === 'col')).toBe(true);
    expect(within(row(3)).getByRole('rowheader').getAttribute('scope')).toBe('row');

    const casey = bridge.user(COORDINATOR.username).id;
    const [time, actor, action, target, outcome, details] = cells(3);
    expect(time).toMatch(/2025/);
    expect(within(row(3)).getByText(time!).closest('time')?.getAttribute('dateTime')).toBe('2025-07-02T09:00:00.000Z');
    expect([actor, action, target, outcome, details]).toEqual(['casey', 'Sign-in failed', `${casey}casey`, 'Failed', 'cause=wrong-password']);
    expect(within(row(3)).getByText('Failed').className).toBe('badge badge-error');
    expect(cells(4).slice(1)).toEqual(['system', 'Sign-in failed', '—', 'Failed', 'cause=unknown-user']);
    expect(cells(6).slice(1)).toEqual(['cli', 'Audit log verified', '—', 'Succeeded', 'entries=5']);
    expect(cells(2).slice(1, 5)).toEqual(['avery', 'User added', `${casey}casey`, 'Succeeded']);
  });

  it('shows the ids to an auditor (no users.list), except their own entries', async () => {
    const bridge = await openAudit({ signedIn: AUDITOR.username, audit: [...DAY, { actor: AUDITOR.username, action: 'auth.login', target: AUDITOR.username }] });
    expect(bridge.callsTo('users.list')).toHaveLength(0);
    expect(cells(3)[1]).toBe(bridge.user(COORDINATOR.username).id);
    expect(cells(7)[1]).toBe(AUDITOR.username);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the empty state when nothing matches', async () => {
    await openAudit();
    fireEvent.change(within(filters()).getByLabelText('Outcome'), { target: { value: 'denied' } });
    apply();
    expect((await screen.findByTestId('audit-empty')).textContent).toMatch(/^No entries match these filters/);
    expect(screen.queryByTestId('audit-table')).toBeNull();
    expect(screen.getByText('Showing 0 of 0')).toBeTruthy();
  });
});

describe('Audit — filters', () => {
  it('sends the chosen actor, action, outcome and local days, and Clear goes back to everything', async () => {
    const bridge = await openAudit();
    const form = filters();
    const actor = within(form).getByLabelText<HTMLSelectElement>('Actor');
    expect([...actor.options].map((o) => o.text)).toEqual([
      'Anyone',
      'ari (Ari Auditor)',
      'avery (Avery Admin)',
      'casey (Casey Coordinator)',
      'system (the application)',
      'cli (the admin command line)',
    ]);
    const action = within(form).getByLabelText<HTMLSelectElement>('Action');
    expect([...action.options].find((o) => o.value === 'auth.login.failure')?.text).toBe('Sign-in failed');

    fireEvent.change(actor, { target: { value: bridge.user(COORDINATOR.username).id } });
    fireEvent.change(action, { target: { value: 'auth.login.failure' } });
    fireEvent.change(within(form).getByLabelText('Outcome'), { target: { value: 'failure' } });
    type(within(form).getByLabelText('From'), '2025-07-01');
    type(within(form).getByLabelText('To'), '2025-07-02');
    const before = bridge.callsTo('audit.list').length;
    apply();
    await screen.findByText('Showing 1–1 of 1');
    expect(bridge.callsTo('audit.list')).toHaveLength(before + 1);
    expect(lastListInput(bridge)).toEqual({
      actor: bridge.user(COORDINATOR.username).id,
      action: 'auth.login.failure',
      outcome: 'failure',
      // Local midnights: "To" takes in the whole day (the contract's `to` is exclusive).
      from: new Date(2025, 6, 1).toISOString(),
      to: new Date(2025, 6, 3).toISOString(),
      limit: 100,
      offset: 0,
    });
    expect(seqs()).toEqual([3]);

    fireEvent.click(within(form).getByRole('button', { name: 'Clear filters' }));
    await screen.findByText('Showing 1–6 of 6');
    expect(lastListInput(bridge)).toEqual({ limit: 100, offset: 0 });
    expect(within(form).getByLabelText<HTMLInputElement>('From').value).toBe('');
  });

  it('filters by outcome alone', async () => {
    const bridge = await openAudit();
    fireEvent.change(within(filters()).getByLabelText('Outcome'), { target: { value: 'failure' } });
    apply();
    await screen.findByText('Showing 1–2 of 2');
    expect(lastListInput(bridge)).toEqual({ outcome: 'failure', limit: 100, offset: 0 });
    expect(cells(4)[2]).toBe('Sign-in failed');
    expect(cells(3)[2]).toBe('Sign-in failed');
  });

  it('checks the dates and an auditor’s user id before asking main', async () => {
    const bridge = await openAudit({ signedIn: AUDITOR.username });
    const form = filters();
    const calls = bridge.callsTo('audit.list').length;
    const actor = within(form).getByLabelText('Actor (user id)');
    type(actor, 'casey');
    type(within(form).getByLabelText('From'), '2025-07-03');
    type(within(form).getByLabelText('To'), '2025-07-02');
    apply();
    expect(await within(form).findByText('Enter a user id as shown in the Actor column, or system, or cli.')).toBeTruthy();
    expect(within(form).getByText('The end date is before the start date.')).toBeTruthy();
    expect(document.activeElement).toBe(actor);
    expect(actor.getAttribute('aria-invalid')).toBe('true');
    expect(bridge.callsTo('audit.list')).toHaveLength(calls);

    type(actor, ` ${bridge.user(COORDINATOR.username).id} `);
    type(within(form).getByLabelText('To'), '2025-07-03');
    expect(within(form).queryByText('The end date is before the start date.')).toBeNull();
    apply();
    await screen.findByText('Showing 1–1 of 1');
    expect(lastListInput(bridge)).toMatchObject({ actor: bridge.user(COORDINATOR.username).id, from: new Date(2025, 6, 3).toISOString() });
  });
});

describe('Audit — paging', () => {
  it('pages 100 at a time with Newer and Older, and keeps focus in the pager', async () => {
    const bridge = await openAudit({ audit: many(250) });
    const pager = screen.getByRole('navigation', { name: 'Audit log pages' });
    const newer = within(pager).getByRole<HTMLButtonElement>('button', { name: 'Newer' });
    const older = within(pager).getByRole<HTMLButtonElement>('button', { name: 'Older' });
    expect(screen.getByText('Showing 1–100 of 250')).toBeTruthy();
    expect(newer.disabled).toBe(true);
    expect(seqs()[0]).toBe(250);
    expect(seqs()).toHaveLength(100);

    older.focus();
    fireEvent.click(older);
    await screen.findByText('Showing 101–200 of 250');
    expect(lastListInput(bridge)).toEqual({ limit: 100, offset: 100 });
    expect(seqs()[0]).toBe(150);
    expect(newer.disabled).toBe(false);

    fireEvent.click(older);
    await screen.findByText('Showing 201–250 of 250');
    expect(seqs()).toHaveLength(50);
    expect(seqs().at(-1)).toBe(1);
    expect(older.disabled).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(newer));

    fireEvent.click(newer);
    fireEvent.click(newer);
    await screen.findByText('Showing 1–100 of 250');
    expect(lastListInput(bridge)).toEqual({ limit: 100, offset: 0 });
    await waitFor(() => expect(document.activeElement).toBe(older));
  });

  it('applies filters from the first page again', async () => {
    const bridge = await openAudit({ audit: many(150) });
    fireEvent.click(screen.getByRole('button', { name: 'Older' }));
    await screen.findByText('Showing 101–150 of 150');
    fireEvent.change(within(filters()).getByLabelText('Action'), { target: { value: 'auth.logout' } });
    apply();
    await screen.findByText('Showing 1–75 of 75');
    expect(lastListInput(bridge)).toEqual({ action: 'auth.logout', limit: 100, offset: 0 });
    expect(screen.queryByRole('navigation', { name: 'Audit log pages' })).toBeNull();
  });
});

describe('Audit — verify the chain', () => {
  it('says the chain is intact, shows a busy state meanwhile, and lists the verification itself', async () => {
    const bridge = await openAudit();
    const release = bridge.hold('audit.verify');
    fireEvent.click(screen.getByRole('button', { name: 'Verify the chain' }));
    const busy = await screen.findByRole<HTMLButtonElement>('button', { name: 'Verifying…' });
    expect(busy.disabled).toBe(true);
    expect(busy.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByText('Verifying every entry of the audit log…')).toBeTruthy();
    release();
    const banner = await screen.findByTestId('verify-result');
    expect(banner.getAttribute('role')).toBe('status');
    expect(within(banner).getByText('Intact — 6 entries verified')).toBeTruthy();
    expect(banner.className).toMatch(/banner-success/);
    // main records the verification: the table is read again and shows it.
    await screen.findByText('Showing 1–7 of 7');
    expect(cells(7).slice(1, 5)).toEqual(['avery', 'Audit log verified', '—', 'Succeeded']);
    expect(bridge.callsTo('audit.verify')[0]?.input).toEqual({});
  });

  it.each([
    ['mac-mismatch', 4, 'Tampering detected at entry #4: the entry was changed after it was written'],
    ['gap', 3, 'Tampering detected at entry #3: an entry is missing'],
    ['reordered', 5, 'Tampering detected at entry #5: entries are out of order'],
    ['truncated', 7, 'Tampering detected at entry #7: entries at the end were removed'],
    ['head-mismatch', undefined, 'Tampering detected: the log’s end marker does not match'],
  ] as const)('explains %s in plain words', async (problem: AuditProblem, firstBadSeq, title) => {
    await openAudit({ auditTamper: { problem, ...(firstBadSeq ? { firstBadSeq } : {}) } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify the chain' }));
    const banner = await screen.findByRole('alert');
    expect(banner.getAttribute('data-testid')).toBe('verify-result');
    expect(banner.className).toMatch(/banner-error/);
    expect(within(banner).getByText(title)).toBeTruthy();
    expect(title).toContain(problemText[problem]);
  });

  it('shows main’s refusal with the error message', async () => {
    const bridge = await openAudit();
    bridge.failNext('audit.verify', 'ERR_INTERNAL');
    fireEvent.click(screen.getByRole('button', { name: 'Verify the chain' }));
    expect((await screen.findByRole('alert')).textContent).toBe(errorMessages.ERR_INTERNAL);
    expect(screen.queryByTestId('verify-result')).toBeNull();
  });
});

describe('Audit — export', () => {
  function spyDownload() {
    const blobs: Blob[] = [];
    const clicked: { download: string; href: string; attached: boolean }[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return `blob:fake/${blobs.length}`;
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.getAttribute('href') ?? '', attached: this.isConnected });
    });
    return { blobs, clicked, revoke };
  }

  it('exports what the filters match and downloads it as a CSV file', async () => {
    const downloads = spyDownload();
    const bridge = await openAudit();
    fireEvent.change(within(filters()).getByLabelText('Outcome'), { target: { value: 'failure' } });
    apply();
    await screen.findByText('Showing 1–2 of 2');

    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText(`Exported 2 entries to ${exportFileName(new Date())}.`)).toBeTruthy();
    expect(bridge.callsTo('audit.exportCsv')[0]?.input).toEqual({ outcome: 'failure' });

    expect(downloads.clicked).toEqual([{ download: exportFileName(new Date()), href: 'blob:fake/1', attached: true }]);
    expect(exportFileName(new Date())).toMatch(/^audit-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(document.querySelector('a[download]')).toBeNull();
    const blob = downloads.blobs[0]!;
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const lines = (await blob.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('seq,at,actor,action,target,outcome,details,prev_mac,mac');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2))).toEqual([
      ['3', '2025-07-02T09:00:00.000Z'],
      ['4', '2025-07-02T09:01:00.000Z'],
    ]);
    expect(lines[1]).toContain('"{""cause"":""wrong-password""}"');
    await waitFor(() => expect(downloads.revoke).toHaveBeenCalledWith('blob:fake/1'));
  });

  it('names the file after the local date', () => {
    expect(exportFileName(new Date(2026, 0, 9, 23, 59))).toBe('audit-2026-01-09.csv');
  });

  it('shows main’s refusal and downloads nothing', async () => {
    const downloads = spyDownload();
    const bridge = await openAudit();
    bridge.failNext('audit.exportCsv', 'ERR_IPC_BAD_OUTPUT');
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect((await screen.findByRole('alert')).textContent).toBe(errorMessages.ERR_IPC_BAD_OUTPUT);
    expect(downloads.clicked).toEqual([]);
    expect(screen.queryByText(/^Exported/)).toBeNull();
  });
});

describe('Audit — errors and refusals', () => {
  it('shows why the list could not be read, and Try again reads it', async () => {
    const bridge = installFakeBridge({ state: 'unlocked', slots: ['recovery'], recoveryConfirmed: true, users: [ADMIN, COORDINATOR], audit: DAY });
    bridge.failNext('audit.list', 'ERR_STORE_CORRUPT');
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Home' });
    fireEvent.click(screen.getByRole('button', { name: 'Audit' }));
    expect((await screen.findByRole('alert')).textContent).toBe(errorMessages.ERR_STORE_CORRUPT);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByText('Showing 1–6 of 6');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('follows a locked session to the lock screen and reads the page again after unlocking', async () => {
    const bridge = await openAudit();
    bridge.auth.session!.locked = true; // main's idle timer
    fireEvent.change(within(filters()).getByLabelText('Outcome'), { target: { value: 'success' } });
    apply();
    await screen.findByRole('heading', { level: 1, name: 'Locked — enter your password to continue' });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: ADMIN.password } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(screen.queryByTestId('lock-screen')).toBeNull());
    // Unlocking is itself a sign-in step in the log.
    await screen.findByText('Showing 1–5 of 5');
    expect(lastListInput(bridge)).toEqual({ outcome: 'success', limit: 100, offset: 0 });
    expect(cells(7).slice(1, 3)).toEqual(['avery', 'Signed in']);
    expect(cells(7)[5]).toBe('step=unlock');
  });
});

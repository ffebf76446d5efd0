import { afterEach, describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  filterFor,
  formatDetails,
  pageRange,
  resetAuditStore,
  startOfLocalDay,
  useAuditStore,
  verifySummary,
} from '../../../../../src/renderer/features/audit';
import { filterProblems } from '../../../../../src/renderer/features/audit/store/selectors';
import { AuditExportFilter } from '../../../../../src/shared/domain';
import { ADMIN, installFakeBridge, removeFakeBridge } from '../../fake-bridge';

afterEach(() => {
  removeFakeBridge();
  resetAuditStore();
});

const signedIn = () =>
  installFakeBridge({
    state: 'unlocked',
    slots: ['recovery'],
    users: [ADMIN],
    audit: Array.from({ length: 120 }, () => ({ actor: ADMIN.username, action: 'auth.login' as const })),
  });

describe('audit store', () => {
  it('opens on the newest page and reads accounts only when asked', async () => {
    const bridge = signedIn();
    expect(await useAuditStore.getState().open({ withUsers: false })).toBeNull();
    expect(useAuditStore.getState().page).toMatchObject({ total: 120, offset: 0 });
    expect(useAuditStore.getState().page?.entries).toHaveLength(100);
    expect(useAuditStore.getState().users).toBeNull();
    expect(bridge.callsTo('users.list')).toHaveLength(0);
    await useAuditStore.getState().open({ withUsers: true });
    expect(useAuditStore.getState().users).toEqual([{ id: bridge.user(ADMIN.username).id, username: 'avery', displayName: 'Avery Admin' }]);
  });

  it('shares an identical request in flight (StrictMode runs effects twice)', async () => {
    const bridge = signedIn();
    const { open } = useAuditStore.getState();
    await Promise.all([open({ withUsers: false }), open({ withUsers: false })]);
    expect(bridge.callsTo('audit.list')).toHaveLength(1);
  });

  it('shows only the answer to the last request when answers come back out of order', async () => {
    const bridge = signedIn();
    bridge.on('audit.list', async ({ offset }) => {
      if (!offset) await new Promise((r) => setTimeout(r, 30)); // the first answer is slow
      return { ok: true, value: { entries: [], total: 0 } };
    });
    const first = useAuditStore.getState().showPage(0);
    await useAuditStore.getState().showPage(100);
    await first;
    expect(useAuditStore.getState().page?.offset).toBe(100);
    expect(useAuditStore.getState().loading).toBe(false);
  });

  it('drops an answer still on its way when reset (another user signed in)', async () => {
    const bridge = signedIn();
    const release = bridge.hold('audit.list');
    const pending = useAuditStore.getState().open({ withUsers: false });
    resetAuditStore();
    release();
    await pending;
    expect(useAuditStore.getState().page).toBeNull();
  });

  it('resumes only after a refusal caused by the session', async () => {
    const bridge = signedIn();
    bridge.failNext('audit.list', 'ERR_INTERNAL');
    await useAuditStore.getState().open({ withUsers: false });
    await useAuditStore.getState().resume();
    expect(bridge.callsTo('audit.list')).toHaveLength(1);
    bridge.failNext('audit.list', 'ERR_AUTH_SESSION_LOCKED');
    await useAuditStore.getState().reload();
    await useAuditStore.getState().resume();
    expect(bridge.callsTo('audit.list')).toHaveLength(3);
    expect(useAuditStore.getState().page?.total).toBe(120);
  });

  it('exports with the filters shown, without paging', async () => {
    const bridge = signedIn();
    await useAuditStore.getState().search({ ...EMPTY_FILTERS, action: 'auth.login' });
    await useAuditStore.getState().showPage(100);
    const answer = await useAuditStore.getState().exportCsv();
    expect(bridge.callsTo('audit.exportCsv')[0]?.input).toEqual({ action: 'auth.login' });
    expect(answer.ok && answer.value.rows).toBe(120);
  });
});

describe('audit selectors', () => {
  it('turns local days into the contract’s times', () => {
    expect(startOfLocalDay('2025-07-01')).toBe(new Date(2025, 6, 1).toISOString());
    expect(startOfLocalDay('2025-01-31', 1)).toBe(new Date(2025, 1, 1).toISOString());
    expect(startOfLocalDay('2025-12-31', 1)).toBe(new Date(2026, 0, 1).toISOString());
    for (const bad of ['2025-02-30', '0099-01-01', '2025-13-01', '25-01-01', '']) expect(startOfLocalDay(bad)).toBeNull();
    const filter = filterFor({ actor: ' system ', action: 'auth.login', outcome: 'success', from: '2025-07-01', to: '2025-07-01' });
    expect(filter).toEqual({ actor: 'system', action: 'auth.login', outcome: 'success', from: new Date(2025, 6, 1).toISOString(), to: new Date(2025, 6, 2).toISOString() });
    expect(AuditExportFilter.safeParse(filter).success).toBe(true);
    expect(filterFor(EMPTY_FILTERS)).toEqual({});
  });

  it('finds what is wrong with the form', () => {
    expect(filterProblems({ ...EMPTY_FILTERS, actor: 'cli' })).toEqual({});
    expect(filterProblems({ ...EMPTY_FILTERS, actor: 'casey' }).actor).toMatch(/user id/);
    expect(filterProblems({ ...EMPTY_FILTERS, from: '2025-07-02', to: '2025-07-01' })).toEqual({ to: 'The end date is before the start date.' });
    expect(filterProblems({ ...EMPTY_FILTERS, from: '2025-07-01', to: '2025-07-01' })).toEqual({});
  });

  it('words pages, details and results', () => {
    expect(pageRange(0, 100, 250)).toBe('Showing 1–100 of 250');
    expect(pageRange(200, 50, 250)).toBe('Showing 201–250 of 250');
    expect(pageRange(0, 0, 0)).toBe('Showing 0 of 0');
    expect(formatDetails({ from: 15, to: 30, first: true, kind: null })).toBe('from=15 to=30 first=true kind=null');
    expect(formatDetails(null)).toBe('');
    expect(verifySummary({ valid: true, entries: 1 }).title).toBe('Intact — 1 entry verified');
    expect(verifySummary({ valid: false, entries: 9, firstBadSeq: 2, problem: 'gap' })).toEqual({
      intact: false,
      title: 'Tampering detected at entry #2: an entry is missing',
    });
  });
});

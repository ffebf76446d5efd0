// @vitest-environment happy-dom
// The Holidays screen of the current academic year against the fake bridge: the year's holidays
// come from its draft, and every change sends the whole list (schedule.holidays.set) as main
// expects it — one per date, in date order.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { type ErrorCode, errorMessages } from '../../../../../src/shared/contract';
import { DraftView, type Holiday } from '../../../../../src/shared/domain';
import { type FakeBridge, installFakeBridge } from '../../fake-bridge';
import { installProgramData } from '../../fake-program-data';
import { renderApp, tearDown } from '../../render-app';

afterEach(tearDown);

const FACULTY = { username: 'fran', displayName: 'Fran Faculty', role: 'faculty' as const, password: 'copper lantern autumn breeze', programs: ['IM'] };

interface HolidayScript {
  holidays?: Holiday[];
  /** main refuses changes on dates up to this one, as it does for published dates in the past. */
  lockedThrough?: string;
  users?: NonNullable<Parameters<typeof installFakeBridge>[0]>['users'];
}

/** Signs in, scripts the year's draft and the holidays channel, and opens Holidays. */
async function openHolidays(script: HolidayScript = {}): Promise<{ bridge: FakeBridge; saved: () => Holiday[] }> {
  const bridge = installFakeBridge({ state: 'unlocked', slots: ['recovery', 'passphrase'], recoveryConfirmed: true, ...(script.users ? { users: script.users } : {}) });
  const data = installProgramData(bridge, { years: [{ label: '2026–2027', startDate: '2026-07-01' }] });
  let holidays = structuredClone(script.holidays ?? []);
  const fail = (code: ErrorCode) => ({ ok: false as const, error: { code, message: errorMessages[code] } });
  bridge.on('schedule.draft.get', ({ yearId }) => {
    const year = data.years.find((y) => y.id === yearId)!;
    const document = {
      formatVersion: 1,
      program: { code: 'IM' },
      academicYear: { label: year.label, startDate: year.startDate, endDate: year.endDate, blocks: year.blocks },
      people: [],
      rotations: [],
      assignments: [],
      holidays,
    };
    return { ok: true, value: DraftView.parse({ year, document, pendingChanges: 0, lockedThrough: script.lockedThrough ?? null, findings: [], summary: { errors: 0, warnings: 0 }, revision: 1 }) };
  });
  bridge.on('schedule.holidays.set', ({ holidays: next }) => {
    if (new Set(next.map((h) => h.date)).size !== next.length) return fail('ERR_IPC_BAD_INPUT');
    const changed = [...next, ...holidays].filter((h) => !holidays.some((o) => o.date === h.date && o.name === h.name) || !next.some((n) => n.date === h.date && n.name === h.name));
    if (script.lockedThrough && changed.some((h) => h.date <= script.lockedThrough!)) return fail('ERR_SCHEDULE_LOCKED');
    holidays = structuredClone(next);
    return { ok: true as const, value: { pendingChanges: 1, delta: { baseRevision: 1, revision: 2, added: [], removedKeys: [] }, summary: { errors: 0, warnings: 0 }, validationMs: 2 } };
  });
  renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Home' });
  fireEvent.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('button', { name: 'Holidays' }));
  await screen.findByRole('heading', { level: 1, name: 'Holidays' });
  return { bridge, saved: () => holidays };
}

const rows = () => within(screen.getByTestId('holidays-table')).getAllByTestId('holiday-row');
const rowDates = () => rows().map((r) => r.querySelector('time')!.getAttribute('datetime'));
const form = () => screen.getByTestId('add-holiday-form');

function fillAndAdd(date: string, name: string) {
  fireEvent.change(within(form()).getByLabelText('Date'), { target: { value: date } });
  fireEvent.change(within(form()).getByLabelText('Name'), { target: { value: name } });
  fireEvent.click(within(form()).getByRole('button', { name: 'Add holiday' }));
}

const SEEDED: Holiday[] = [
  { date: '2026-12-25', name: 'Christmas Day' },
  { date: '2026-09-07', name: 'Labor Day' },
];

describe('Holidays', () => {
  it('lists the current year’s holidays in date order, with the weekday', async () => {
    await openHolidays({ holidays: SEEDED });
    await screen.findByTestId('holidays-table');
    expect(rowDates()).toEqual(['2026-09-07', '2026-12-25']);
    expect(within(rows()[0]!).getByRole('rowheader').textContent).toBe('Labor Day');
    expect(rows()[0]!.textContent).toMatch(/Mon/);
    expect(screen.getByRole('heading', { level: 2, name: '2 holidays' })).toBeTruthy();
  });

  it('says when the year has none yet', async () => {
    await openHolidays();
    expect((await screen.findByTestId('holidays-empty')).textContent).toContain('No holidays in 2026–2027 yet.');
  });

  it('adding one sends the whole list in date order, shows it, and empties the form', async () => {
    const { bridge, saved } = await openHolidays({ holidays: SEEDED });
    await screen.findByTestId('holidays-table');
    fillAndAdd('2026-11-26', '  Thanksgiving  ');
    await waitFor(() => expect(rowDates()).toEqual(['2026-09-07', '2026-11-26', '2026-12-25']));
    expect(bridge.callsTo('schedule.holidays.set').at(-1)?.input).toMatchObject({
      holidays: [
        { date: '2026-09-07', name: 'Labor Day' },
        { date: '2026-11-26', name: 'Thanksgiving' },
        { date: '2026-12-25', name: 'Christmas Day' },
      ],
    });
    expect(saved()).toHaveLength(3);
    expect(screen.getByText(/^Thanksgiving \(.+\) was added\.$/)).toBeTruthy();
    expect(within(form()).getByLabelText<HTMLInputElement>('Name').value).toBe('');
    expect(within(form()).getByLabelText<HTMLInputElement>('Date').value).toBe('');
  });

  it.each([
    ['a date outside the year', '2027-07-01', 'Independence Day', /Choose a date inside this academic year \(2026-07-01 to 2027-06-30\)\./],
    ['a date that already has a holiday', '2026-12-25', 'Another', /2026-12-25 is already a holiday \(Christmas Day\)\./],
    ['no date', '', 'Boxing Day', /Enter the date as YYYY-MM-DD\./],
    ['no name', '2026-12-26', '   ', /Name the holiday \(up to 80 characters\)\./],
  ])('%s is refused in the form and nothing is sent', async (_case, date, name, message) => {
    const { bridge } = await openHolidays({ holidays: SEEDED });
    await screen.findByTestId('holidays-table');
    fillAndAdd(date, name);
    expect(within(form()).getByText(message)).toBeTruthy();
    expect(bridge.callsTo('schedule.holidays.set')).toHaveLength(0);
    expect(rowDates()).toEqual(['2026-09-07', '2026-12-25']);
  });

  it('removing one sends the list without it and the row goes', async () => {
    const { bridge } = await openHolidays({ holidays: SEEDED });
    await screen.findByTestId('holidays-table');
    fireEvent.click(screen.getByRole('button', { name: 'Remove Labor Day' }));
    await waitFor(() => expect(rowDates()).toEqual(['2026-12-25']));
    expect(bridge.callsTo('schedule.holidays.set').at(-1)?.input).toMatchObject({ holidays: [{ date: '2026-12-25', name: 'Christmas Day' }] });
    expect(screen.getByText(/^Labor Day \(.+\) was removed\.$/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: '1 holiday' }));
  });

  it('when main refuses (a locked date), the reason is shown and the list stays as it was', async () => {
    const { saved } = await openHolidays({ holidays: SEEDED, lockedThrough: '2026-10-31' });
    await screen.findByTestId('holidays-table');
    fireEvent.click(screen.getByRole('button', { name: 'Remove Labor Day' }));
    expect((await screen.findByRole('alert')).textContent).toBe(errorMessages.ERR_SCHEDULE_LOCKED);
    expect(rowDates()).toEqual(['2026-09-07', '2026-12-25']);
    expect(saved()).toEqual(SEEDED);
  });

  it('faculty read the list but cannot change it', async () => {
    const { bridge } = await openHolidays({ holidays: SEEDED, users: [FACULTY] });
    await screen.findByTestId('holidays-table');
    expect(screen.queryByTestId('add-holiday-form')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull();
    expect(bridge.callsTo('schedule.holidays.set')).toHaveLength(0);
  });
});

// @vitest-environment happy-dom
// Undo and redo in the toolbar take back overrides and calls made in the day/week view, in the
// order they were made and mixed with the grid's assignments, and the week shows the result.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useScheduleStore } from '../../../../../src/renderer/features/schedule';
import { installSchedule, uuid } from './schedule-fake';
import { renderSchedule, tearDownSchedule } from './render-schedule';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2025, 6, 9, 10, 0)); // Wednesday 9 July 2025, inside the year
});
afterEach(() => {
  vi.useRealTimers();
  tearDownSchedule();
});

async function openWeek(script: Parameters<typeof installSchedule>[0] = {}) {
  const fake = installSchedule(script);
  renderSchedule();
  await screen.findByRole('grid');
  fireEvent.click(screen.getByRole('tab', { name: 'Day / week' }));
  await screen.findByTestId('week-table');
  return fake;
}

function slotButton(name: RegExp): HTMLButtonElement {
  const found = [...screen.getByTestId('week-table').querySelectorAll<HTMLButtonElement>('button[aria-label]')].filter((b) => name.test(b.getAttribute('aria-label')!));
  if (found.length !== 1) throw new Error(`${found.length} slot buttons match ${name}`);
  return found[0]!;
}
const toolbarButton = (name: string) => within(screen.getByRole('toolbar', { name: 'Schedule' })).getByRole('button', { name });
const status = () => screen.getByTestId('schedule-status');

async function overrideOff(person: RegExp, reason: string) {
  fireEvent.click(slotButton(person));
  const dialog = screen.getByTestId('slot-dialog');
  fireEvent.change(within(dialog).getByLabelText('In this slot'), { target: { value: 'off' } });
  fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: reason } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Save override' }));
  await waitFor(() => expect(screen.queryByTestId('slot-dialog')).toBeNull());
}

async function giveCall(date: string, personId: string) {
  fireEvent.change(screen.getByRole('combobox', { name: `in-house call on ${date}` }), { target: { value: personId } });
  await waitFor(() => expect(useScheduleStore.getState().saving).toBe(false));
}

describe('Undo and redo of week-view edits', { timeout: 15_000 }, () => {
  it('undo removes a new override and the slot shows the rotation again; redo puts it back', async () => {
    const { bridge, state } = await openWeek();
    await overrideOff(/^Ben Okafor, Thu 10 Jul PM:/, 'Teaching session');
    await waitFor(() => expect(slotButton(/^Ben Okafor, Thu 10 Jul PM: Off, overridden/)).toBeTruthy());

    fireEvent.click(toolbarButton('Undo'));
    await waitFor(() => expect(slotButton(/^Ben Okafor, Thu 10 Jul PM:/).textContent).toBe('WARDS · clinic'));
    expect(bridge.callsTo('schedule.overrides.set').at(-1)?.input).toMatchObject({ personId: uuid(2), date: '2025-07-10', slot: 'PM', override: null });
    expect(state.document.overrides).toEqual([]);
    expect(status().textContent).toBe('Undone: Ben Okafor, Thu 10 Jul PM: override (off) — validated in 3.2 ms');

    fireEvent.click(toolbarButton('Redo'));
    await waitFor(() => expect(slotButton(/^Ben Okafor, Thu 10 Jul PM: Off, overridden/)).toBeTruthy());
    expect(state.document.overrides).toEqual([{ personId: uuid(2), date: '2025-07-10', slot: 'PM', activity: 'off', reason: 'Teaching session' }]);
  });

  it('undoing a changed override brings back the earlier one with its reason', async () => {
    const { state } = await openWeek();
    await overrideOff(/^Ben Okafor, Thu 10 Jul PM:/, 'Teaching session');
    await waitFor(() => expect(slotButton(/^Ben Okafor, Thu 10 Jul PM: Off, overridden/)).toBeTruthy());
    fireEvent.click(slotButton(/^Ben Okafor, Thu 10 Jul PM:/));
    const dialog = screen.getByTestId('slot-dialog');
    fireEvent.change(within(dialog).getByLabelText('In this slot'), { target: { value: 'work' } });
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'Extra clinic' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save override' }));
    await waitFor(() => expect(state.document.overrides[0]?.reason).toBe('Extra clinic'));

    fireEvent.click(toolbarButton('Undo'));
    await waitFor(() => expect(state.document.overrides).toEqual([{ personId: uuid(2), date: '2025-07-10', slot: 'PM', activity: 'off', reason: 'Teaching session' }]));
    await waitFor(() => expect(slotButton(/^Ben Okafor, Thu 10 Jul PM: Off, overridden/)).toBeTruthy());
  });

  it('undo gives a reassigned call back to who had it, then clears it; redo takes the same steps forward', async () => {
    const { bridge } = await openWeek();
    await giveCall('Fri 11 Jul', uuid(3));
    await giveCall('Fri 11 Jul', uuid(2));
    await waitFor(() => expect(slotButton(/^Ben Okafor, Fri 11 Jul NIGHT:/).textContent).toBe('Call (in-house)'));
    expect(toolbarButton('Undo').getAttribute('title')).toBe('Undo in-house call on Fri 11 Jul: Ben Okafor (Ctrl+Z)');

    fireEvent.click(toolbarButton('Undo'));
    await waitFor(() => expect(slotButton(/^Chloe Park, Fri 11 Jul NIGHT:/).textContent).toBe('Call (in-house)'));
    expect(slotButton(/^Ben Okafor, Fri 11 Jul NIGHT:/).textContent).toBe('·');
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'in-house call on Fri 11 Jul' }).value).toBe(uuid(3));

    fireEvent.click(toolbarButton('Undo'));
    await waitFor(() => expect(bridge.callsTo('schedule.calls.set').at(-1)?.input).toMatchObject({ date: '2025-07-11', kind: 'in-house', personId: null }));
    await waitFor(() => expect(slotButton(/^Chloe Park, Fri 11 Jul NIGHT:/).textContent).toBe('·'));
    expect(toolbarButton('Undo').hasAttribute('disabled')).toBe(true);

    fireEvent.click(toolbarButton('Redo'));
    await waitFor(() => expect(slotButton(/^Chloe Park, Fri 11 Jul NIGHT:/).textContent).toBe('Call (in-house)'));
    fireEvent.click(toolbarButton('Redo'));
    await waitFor(() => expect(slotButton(/^Ben Okafor, Fri 11 Jul NIGHT:/).textContent).toBe('Call (in-house)'));
    expect(toolbarButton('Redo').hasAttribute('disabled')).toBe(true);
  });

  it('one stack: grid assignments and week edits are undone newest first', async () => {
    const { bridge } = await openWeek();
    await useScheduleStore.getState().assign([{ personId: uuid(1), block: 1, rotationId: 'clinic' }], 'Ana Ruiz, block 1: CLIN');
    await overrideOff(/^Ana Ruiz, Thu 10 Jul AM:/, 'Conference');

    fireEvent.click(toolbarButton('Undo'));
    await waitFor(() => expect(bridge.callsTo('schedule.overrides.set').at(-1)?.input).toMatchObject({ override: null }));
    await waitFor(() => expect(toolbarButton('Undo').getAttribute('title')).toBe('Undo Ana Ruiz, block 1: CLIN (Ctrl+Z)'));
    fireEvent.click(toolbarButton('Undo'));
    await waitFor(() => expect(bridge.callsTo('schedule.assignments.set').at(-1)?.input).toMatchObject({ changes: [{ personId: uuid(1), block: 1, rotationId: 'icu' }] }));
    await waitFor(() => expect(slotButton(/^Ana Ruiz, Thu 10 Jul AM:/).textContent).toBe('ICU · rounds'));
  });

  it('an override that changes nothing is not sent and adds no undo step', async () => {
    const { bridge } = await openWeek();
    await overrideOff(/^Ben Okafor, Thu 10 Jul PM:/, 'Teaching session');
    await waitFor(() => expect(bridge.callsTo('schedule.overrides.set')).toHaveLength(1));
    const problem = await useScheduleStore.getState().setOverride({ personId: uuid(2), date: '2025-07-10', slot: 'PM', override: { activity: 'off', reason: 'Teaching session' } });
    expect(problem).toBeNull();
    expect(bridge.callsTo('schedule.overrides.set')).toHaveLength(1);
    expect(useScheduleStore.getState().undoStack).toHaveLength(1);
  });

  it('undoing a call on a date that has since been locked is refused and nothing is sent', async () => {
    const { bridge } = await openWeek();
    await giveCall('Fri 11 Jul', uuid(3));
    const sent = bridge.callsTo('schedule.calls.set').length;
    const draft = useScheduleStore.getState().draft!;
    useScheduleStore.setState({ draft: { ...draft, lockedThrough: '2025-07-31' } });
    fireEvent.click(toolbarButton('Undo'));
    expect((await screen.findByTestId('edit-problem')).textContent).toContain('Dates through 2025-07-31 are published and in the past');
    expect(bridge.callsTo('schedule.calls.set')).toHaveLength(sent);
    expect(useScheduleStore.getState().undoStack).toHaveLength(1);
  });
});

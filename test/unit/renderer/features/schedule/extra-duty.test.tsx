// @vitest-environment happy-dom
// The day/week view records moonlighting and clinical work from home (both count in the 80-hour
// week): added per person and day with a start time and hours, listed for the week shown, removed
// from the list, and undone from the toolbar like the other week edits.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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

function addMoonlighting(person: string, day: string, startTime: string, hours: string) {
  fireEvent.click(screen.getByRole('button', { name: 'Add moonlighting / home clinical work' }));
  const dialog = screen.getByTestId('extra-duty-dialog');
  fireEvent.change(within(dialog).getByLabelText('Person'), { target: { value: person } });
  fireEvent.change(within(dialog).getByLabelText('Day'), { target: { value: day } });
  fireEvent.change(within(dialog).getByLabelText('Kind'), { target: { value: 'moonlighting' } });
  fireEvent.change(within(dialog).getByLabelText('Starts at'), { target: { value: startTime } });
  fireEvent.change(within(dialog).getByLabelText(/^Hours/), { target: { value: hours } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
}

const extraRows = () => within(screen.getByTestId('extra-duty-table')).getAllByRole('row').slice(1).map((r) => r.textContent);
const toolbarButton = (name: string) => within(screen.getByRole('toolbar', { name: 'Schedule' })).getByRole('button', { name });

describe('Moonlighting and clinical work from home in the week view', { timeout: 15_000 }, () => {
  it('adds moonlighting for a resident on a day and lists it in the week', async () => {
    const { bridge, state } = await openWeek();
    expect(screen.getByText('None on these days.')).toBeTruthy();
    addMoonlighting(uuid(2), '2025-07-12', '19:00', '10');
    await waitFor(() => expect(screen.queryByTestId('extra-duty-dialog')).toBeNull());
    expect(bridge.callsTo('schedule.extraDuty.set').at(-1)?.input).toMatchObject({
      personId: uuid(2),
      date: '2025-07-12',
      kind: 'moonlighting',
      duty: { startTime: '19:00', hours: 10 },
    });
    expect(state.document.extraDuty).toEqual([{ personId: uuid(2), date: '2025-07-12', kind: 'moonlighting', startTime: '19:00', hours: 10 }]);
    await waitFor(() => expect(extraRows()).toEqual(['Sat 12 JulBen OkaforMoonlighting19:0010 hRemove']));
  });

  it('refuses hours outside 0.5–24 without sending anything', async () => {
    const { bridge } = await openWeek();
    addMoonlighting(uuid(2), '2025-07-12', '19:00', '30');
    expect(within(screen.getByTestId('extra-duty-dialog')).getByText('Hours must be between 0.5 and 24.')).toBeTruthy();
    expect(bridge.callsTo('schedule.extraDuty.set')).toEqual([]);
  });

  it('removes listed extra duty, and undo brings it back', async () => {
    const { bridge, state } = await openWeek();
    addMoonlighting(uuid(2), '2025-07-12', '19:00', '10');
    await waitFor(() => expect(state.document.extraDuty).toHaveLength(1));
    await waitFor(() => expect(screen.queryByTestId('extra-duty-dialog')).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'Remove moonlighting of Ben Okafor on Sat 12 Jul' }));
    await waitFor(() => expect(screen.getByText('None on these days.')).toBeTruthy());
    expect(bridge.callsTo('schedule.extraDuty.set').at(-1)?.input).toMatchObject({ personId: uuid(2), date: '2025-07-12', kind: 'moonlighting', duty: null });
    expect(state.document.extraDuty).toEqual([]);

    fireEvent.click(toolbarButton('Undo'));
    await waitFor(() => expect(extraRows()).toEqual(['Sat 12 JulBen OkaforMoonlighting19:0010 hRemove']));
    expect(state.document.extraDuty).toEqual([{ personId: uuid(2), date: '2025-07-12', kind: 'moonlighting', startTime: '19:00', hours: 10 }]);
  });

  it('offers no unlocked day of a week that is published and past', async () => {
    await openWeek({ lockedThrough: '2025-07-31' });
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Add moonlighting / home clinical work' }).disabled).toBe(true);
  });
});

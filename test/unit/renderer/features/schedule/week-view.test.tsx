// @vitest-environment happy-dom
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

/** The slot button whose accessible name (its aria-label) matches; by attribute, as role queries over hundreds of buttons are slow. */
function slotButton(name: RegExp): HTMLButtonElement {
  const found = [...screen.getByTestId('week-table').querySelectorAll<HTMLButtonElement>('button[aria-label]')].filter((b) => name.test(b.getAttribute('aria-label')!));
  if (found.length !== 1) throw new Error(`${found.length} slot buttons match ${name}`);
  return found[0]!;
}
const dialog = () => screen.getByTestId('slot-dialog');

// Several round trips to the fake per test: allow for a busy machine.
describe('Day/week view', { timeout: 15_000 }, () => {
  it('shows the week containing today with each person’s AM, PM and night slots from main', async () => {
    const { bridge } = await openWeek();
    expect(screen.getByRole('heading', { level: 2, name: 'Week of Mon 7 Jul' })).toBeTruthy();
    expect(bridge.callsTo('schedule.grid.slots').at(-1)?.input).toMatchObject({ from: '2025-07-07', to: '2025-07-13' });
    expect(slotButton(/^Ana Ruiz, Wed 9 Jul AM:/).textContent).toBe('ICU · rounds');
    expect(slotButton(/^Ben Okafor, Sat 12 Jul AM:/).textContent).toBe('·');
  });

  it('moves a week at a time, and shows a single day on request', async () => {
    const { bridge } = await openWeek();
    fireEvent.click(screen.getByRole('button', { name: 'Next week' }));
    await screen.findByRole('heading', { level: 2, name: 'Week of Mon 14 Jul' });
    fireEvent.click(screen.getByRole('button', { name: 'Day' }));
    await screen.findByRole('heading', { level: 2, name: 'Mon 14 Jul' });
    await waitFor(() => expect(bridge.callsTo('schedule.grid.slots').at(-1)?.input).toMatchObject({ from: '2025-07-14', to: '2025-07-14' }));
  });

  it('an override without a reason is refused in the dialog and nothing is sent', async () => {
    const { bridge } = await openWeek();
    fireEvent.click(slotButton(/^Ben Okafor, Thu 10 Jul PM:/));
    fireEvent.change(within(dialog()).getByLabelText('In this slot'), { target: { value: 'off' } });
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Save override' }));
    expect(within(dialog()).getByText('Say why this slot differs from the rotation.')).toBeTruthy();
    expect(bridge.callsTo('schedule.overrides.set')).toHaveLength(0);
  });

  it('an override with a reason is sent and the slot shows it', async () => {
    const { bridge } = await openWeek();
    fireEvent.click(slotButton(/^Ben Okafor, Thu 10 Jul PM:/));
    fireEvent.change(within(dialog()).getByLabelText('In this slot'), { target: { value: 'off' } });
    fireEvent.change(within(dialog()).getByLabelText('Reason'), { target: { value: 'Teaching session' } });
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Save override' }));
    await waitFor(() => expect(screen.queryByTestId('slot-dialog')).toBeNull());
    expect(bridge.callsTo('schedule.overrides.set').at(-1)?.input).toMatchObject({
      personId: uuid(2),
      date: '2025-07-10',
      slot: 'PM',
      override: { activity: 'off', reason: 'Teaching session' },
    });
    await waitFor(() => expect(slotButton(/^Ben Okafor, Thu 10 Jul PM: Off, overridden/)).toBeTruthy());
  });

  it('an existing override can be removed', async () => {
    const { bridge } = await openWeek();
    fireEvent.click(slotButton(/^Ben Okafor, Thu 10 Jul PM:/));
    fireEvent.change(within(dialog()).getByLabelText('Reason'), { target: { value: 'Extra clinic' } });
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Save override' }));
    await waitFor(() => expect(slotButton(/Thu 10 Jul PM: .*overridden/)).toBeTruthy());
    fireEvent.click(slotButton(/^Ben Okafor, Thu 10 Jul PM:/));
    expect(within(dialog()).getByText(/Overridden because: Extra clinic/)).toBeTruthy();
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Remove override' }));
    await waitFor(() => expect(screen.queryByTestId('slot-dialog')).toBeNull());
    expect(bridge.callsTo('schedule.overrides.set').at(-1)?.input).toMatchObject({ override: null });
  });

  it('re-saving an existing override to fix its reason keeps its hours and does not pin the block’s rotation', async () => {
    const fake = installSchedule();
    fake.state.document.overrides.push({ personId: uuid(2), date: '2025-07-10', slot: 'PM', activity: 'work', hours: 4, reason: 'Clinc moved' });
    renderSchedule();
    await screen.findByRole('grid');
    fireEvent.click(screen.getByRole('tab', { name: 'Day / week' }));
    await screen.findByTestId('week-table');
    fireEvent.click(slotButton(/^Ben Okafor, Thu 10 Jul PM:/));
    expect(within(dialog()).getByLabelText<HTMLInputElement>('Hours (optional)').value).toBe('4');
    expect(within(dialog()).getByLabelText<HTMLSelectElement>('On rotation').value).toBe('');
    fireEvent.change(within(dialog()).getByLabelText('Reason'), { target: { value: 'Clinic moved' } });
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Save override' }));
    await waitFor(() => expect(screen.queryByTestId('slot-dialog')).toBeNull());
    expect(fake.bridge.callsTo('schedule.overrides.set').at(-1)?.input).toMatchObject({
      override: { activity: 'work', hours: 4, reason: 'Clinic moved' },
    });
    expect((fake.bridge.callsTo('schedule.overrides.set').at(-1)?.input as { override: object }).override).not.toHaveProperty('rotationId');
  });

  it('assigning and clearing a call sends who takes it, and the night slot shows it', async () => {
    const { bridge } = await openWeek();
    const select = screen.getByRole('combobox', { name: 'in-house call on Fri 11 Jul' });
    fireEvent.change(select, { target: { value: uuid(3) } });
    await waitFor(() => expect(slotButton(/^Chloe Park, Fri 11 Jul NIGHT:/).textContent).toBe('Call (in-house)'));
    expect(bridge.callsTo('schedule.calls.set').at(-1)?.input).toMatchObject({ date: '2025-07-11', kind: 'in-house', personId: uuid(3) });
    fireEvent.change(screen.getByRole('combobox', { name: 'in-house call on Fri 11 Jul' }), { target: { value: '' } });
    await waitFor(() => expect(bridge.callsTo('schedule.calls.set').at(-1)?.input).toMatchObject({ personId: null }));
  });

  it('slots on locked dates cannot be opened for editing', async () => {
    await openWeek({ lockedThrough: '2025-07-09' });
    expect(slotButton(/^Ana Ruiz, Wed 9 Jul AM: .*locked/).disabled).toBe(true);
    expect(slotButton(/^Ana Ruiz, Thu 10 Jul AM:/).disabled).toBe(false);
  });
});

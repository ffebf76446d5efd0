// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN } from '../../fake-bridge';
import { openScreen } from '../../open-screen';
import { tearDown } from '../../render-app';

afterEach(tearDown);

// A year in the past, so the calendar opens on its first month (July 2024).
const DATA = {
  years: [{ label: '2024–2025', startDate: '2024-07-01' }],
  people: [
    { kind: 'resident' as const, name: 'Alex Rivera', pgy: 1 },
    { kind: 'resident' as const, name: 'Blair Chen', pgy: 2 },
  ],
  absences: [
    { person: 'Alex Rivera', startDate: '2024-07-08', endDate: '2024-07-12', type: 'vacation' as const, status: 'requested' as const, reason: 'Sister’s wedding' },
    { person: 'Blair Chen', startDate: '2024-07-29', endDate: '2024-08-02', type: 'conference' as const, status: 'approved' as const },
  ],
};

const FACULTY = { username: 'fran', displayName: 'Fran Faculty', role: 'faculty' as const, password: 'copper lantern autumn breeze', programs: ['IM'] };

describe('Absences', () => {
  it('shows the month’s absences by person across the days they cover', async () => {
    await openScreen('Absences', DATA);
    const calendar = await screen.findByTestId('absence-calendar');
    expect(screen.getByRole('heading', { level: 2, name: /July 2024/ })).toBeTruthy();
    const chips = within(calendar).getAllByTestId('absence-chip');
    expect(chips.map((c) => c.textContent)).toEqual([expect.stringContaining('VAC ?'), expect.stringContaining('CONF')]);
    expect(chips[0]!.closest('td')!.colSpan).toBe(5);
    expect(chips[1]!.closest('td')!.colSpan).toBe(3); // 29–31 July; the rest is in August
    expect(screen.getByTestId('absences-waiting').textContent).toBe('1 request waits for approval.');
  });

  it('does not read any reason until an absence is opened', async () => {
    const { bridge } = await openScreen('Absences', DATA);
    await screen.findByTestId('absence-calendar');
    expect(bridge.callsTo('schedule.absences.reason')).toHaveLength(0);
    fireEvent.click(screen.getAllByTestId('absence-chip')[0]!);
    const dialog = screen.getByRole('dialog');
    expect(await within(dialog).findByDisplayValue('Sister’s wedding')).toBeTruthy();
    expect(bridge.callsTo('schedule.absences.reason')).toHaveLength(1);
  });

  it('approves a requested absence, keeping its reason', async () => {
    const { bridge, store } = await openScreen('Absences', DATA);
    fireEvent.click((await screen.findAllByTestId('absence-chip'))[0]!);
    const dialog = screen.getByRole('dialog');
    await within(dialog).findByDisplayValue('Sister’s wedding');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Approve' }));
    expect(await screen.findByText('Vacation for Alex Rivera was approved.')).toBeTruthy();
    expect(bridge.callsTo('schedule.absences.save')[0]!.input).toMatchObject({ absence: { status: 'approved', reason: 'Sister’s wedding' } });
    expect(store.reasons.size).toBe(1);
    expect(screen.getByTestId('absences-waiting').textContent).toBe('No requests wait for approval.');
  });

  it('keeps the stored reason when it could not be read', async () => {
    const { bridge } = await openScreen('Absences', DATA);
    await screen.findByTestId('absence-calendar');
    bridge.failNext('schedule.absences.reason', 'ERR_CRYPTO_DECRYPT_FAILED');
    fireEvent.click(screen.getAllByTestId('absence-chip')[0]!);
    const dialog = screen.getByRole('dialog');
    expect((await within(dialog).findByText(/could not be shown/)).textContent).toContain('Encrypted data could not be opened');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Deny' }));
    await screen.findByText('Vacation for Alex Rivera was denied.');
    expect(bridge.callsTo('schedule.absences.save')[0]!.input).not.toHaveProperty('absence.reason');
  });

  it('adds an absence with the type’s blocking default', async () => {
    const { bridge, store } = await openScreen('Absences', DATA);
    fireEvent.click(await screen.findByRole('button', { name: 'Add absence' }));
    const dialog = screen.getByRole('dialog', { name: 'Add an absence' });
    fireEvent.change(within(dialog).getByLabelText('Person'), { target: { value: store.personNamed('Blair Chen').id } });
    fireEvent.change(within(dialog).getByLabelText('Type'), { target: { value: 'education' } });
    fireEvent.change(within(dialog).getByLabelText('First day'), { target: { value: '2024-07-15' } });
    fireEvent.change(within(dialog).getByLabelText('Last day'), { target: { value: '2024-07-16' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add absence' }));
    expect(await screen.findByText('Education for Blair Chen was added.')).toBeTruthy();
    expect(bridge.callsTo('schedule.absences.save')[0]!.input).toMatchObject({
      absence: { personId: store.personNamed('Blair Chen').id, type: 'education', startDate: '2024-07-15', endDate: '2024-07-16', status: 'requested', blocking: false },
    });
    expect(bridge.callsTo('schedule.absences.save')[0]!.input).not.toHaveProperty('absence.reason');
  });

  it('refuses an absence that ends before it starts without asking main', async () => {
    const { bridge } = await openScreen('Absences', DATA);
    fireEvent.click(await screen.findByRole('button', { name: 'Add absence' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('First day'), { target: { value: '2024-07-20' } });
    fireEvent.change(within(dialog).getByLabelText('Last day'), { target: { value: '2024-07-18' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add absence' }));
    expect(within(dialog).getByText('The absence ends before it starts.')).toBeTruthy();
    expect(bridge.callsTo('schedule.absences.save')).toHaveLength(0);
  });

  it('deletes an absence only after confirmation', async () => {
    const { bridge } = await openScreen('Absences', DATA);
    fireEvent.click((await screen.findAllByTestId('absence-chip'))[1]!);
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
    const confirm = screen.getByRole('dialog', { name: 'Delete this absence?' });
    expect(bridge.callsTo('schedule.absences.remove')).toHaveLength(0);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('The conference absence was deleted.')).toBeTruthy();
    expect(screen.getAllByTestId('absence-chip')).toHaveLength(1);
  });

  it('moves between the months of the year', async () => {
    await openScreen('Absences', DATA);
    await screen.findByTestId('absence-calendar');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: /Previous/ }).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(screen.getByRole('heading', { level: 2, name: /August 2024/ })).toBeTruthy();
    expect(screen.getAllByTestId('absence-chip')[0]!.closest('td')!.colSpan).toBe(2);
  });

  it('lets faculty read an absence but not change it', async () => {
    await openScreen('Absences', DATA, { users: [FACULTY, ADMIN] });
    fireEvent.click((await screen.findAllByTestId('absence-chip'))[0]!);
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).queryByRole('button', { name: 'Approve' })).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add absence' })).toBeNull();
  });

  it('never asks main for a reason when faculty open an absence: it only says one is kept for coordinators', async () => {
    const { bridge } = await openScreen('Absences', DATA, { users: [FACULTY, ADMIN] });
    fireEvent.click((await screen.findAllByTestId('absence-chip'))[0]!);
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByTestId('reason-hidden').textContent).toBe('Reason: visible to coordinators.');
    await new Promise((r) => setTimeout(r, 20));
    expect(bridge.callsTo('schedule.absences.reason')).toHaveLength(0);
    expect(within(dialog).queryByDisplayValue('Sister’s wedding')).toBeNull();
  });
});

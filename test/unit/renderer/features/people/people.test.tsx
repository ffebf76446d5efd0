// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PROGRAMS } from '../../fake-bridge';
import { openScreen } from '../../open-screen';
import { tearDown } from '../../render-app';

afterEach(tearDown);

const DATA = {
  years: [{ label: '2026–2027', startDate: '2026-07-01' }],
  people: [
    { kind: 'resident' as const, name: 'Alex Rivera', email: 'alex@example.org', pgy: 1 },
    { kind: 'resident' as const, name: 'Blair Chen', pgy: 2, credentials: ['ACLS'] },
    { kind: 'faculty' as const, name: 'Dr. Dana Okafor', facultyRole: 'program-director' as const },
    { kind: 'resident' as const, name: 'Eli Newcomer' },
  ],
};

const names = () => screen.getAllByTestId('person-row').map((r) => r.querySelector('th')?.textContent);

describe('People', () => {
  it('lists people with their place on the year’s roster', async () => {
    await openScreen('People', DATA);
    await screen.findByTestId('people-table');
    expect(names()).toEqual(['Alex Rivera', 'Blair Chen', 'Dr. Dana Okafor', 'Eli Newcomer']);
    const blair = screen.getAllByTestId('person-row')[1]!;
    expect(blair.textContent).toContain('PGY-2');
    expect(blair.textContent).toContain('ACLS');
    expect(screen.getAllByTestId('person-row')[3]!.textContent).toContain('Not on this year’s roster');
  });

  it('finds people by name or e-mail', async () => {
    await openScreen('People', DATA);
    fireEvent.change(await screen.findByLabelText('Search'), { target: { value: 'ALEX@' } });
    expect(names()).toEqual(['Alex Rivera']);
    expect(screen.getByTestId('people-count').textContent).toBe('1 of 4 people');
  });

  it('filters by the PGY levels on the roster', async () => {
    await openScreen('People', DATA);
    const show = (await screen.findByLabelText<HTMLSelectElement>('Show'));
    expect([...show.options].map((o) => o.textContent)).toEqual(['Everyone', 'PGY-1', 'PGY-2', 'Faculty', 'Other staff', 'Not on this year’s roster']);
    fireEvent.change(show, { target: { value: 'pgy-2' } });
    expect(names()).toEqual(['Blair Chen']);
  });

  it('says so when the program has nobody yet', async () => {
    await openScreen('People', { years: DATA.years });
    expect((await screen.findByTestId('people-empty')).textContent).toContain('No people yet — add the first resident or faculty member.');
  });

  it('adds a resident and puts them on the year’s roster', async () => {
    const { bridge, store } = await openScreen('People', DATA);
    fireEvent.click(await screen.findByRole('button', { name: 'Add person' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a person' });
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'Frankie Osei' } });
    fireEvent.change(within(dialog).getByLabelText('PGY'), { target: { value: '3' } });
    fireEvent.change(within(dialog).getByLabelText('Credentials'), { target: { value: 'ACLS, PALS, ACLS' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add person' }));
    expect(await screen.findByText('Frankie Osei was added.')).toBeTruthy();
    expect(bridge.callsTo('people.create')[0]!.input).toEqual({ programId: PROGRAMS[0]!.id, person: { kind: 'resident', name: 'Frankie Osei' } });
    expect(bridge.callsTo('schedule.roster.set')[0]!.input).toEqual({
      programId: PROGRAMS[0]!.id,
      yearId: store.years[0]!.id,
      personId: store.personNamed('Frankie Osei').id,
      pgy: 3,
      facultyRole: null,
      credentials: ['ACLS', 'PALS'],
      active: true,
    });
    expect(screen.getAllByTestId('person-row').find((r) => r.textContent?.includes('Frankie'))!.textContent).toContain('PGY-3');
  });

  it('edits a person without touching an unchanged roster entry', async () => {
    const { bridge } = await openScreen('People', DATA);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Alex Rivera' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Alex Rivera' });
    fireEvent.change(within(dialog).getByLabelText('Phone'), { target: { value: '555-0101' } });
    // Enter in a field submits the dialog's form.
    fireEvent.submit(within(dialog).getByLabelText('Phone').closest('form')!);
    expect(await screen.findByText('Alex Rivera was saved.')).toBeTruthy();
    expect(bridge.callsTo('people.update')[0]!.input).toMatchObject({ person: { kind: 'resident', name: 'Alex Rivera', email: 'alex@example.org', phone: '555-0101' } });
    expect(bridge.callsTo('schedule.roster.set')).toHaveLength(0);
  });

  it('refuses an e-mail someone else has, keeping the dialog open', async () => {
    await openScreen('People', DATA);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Blair Chen' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('E-mail'), { target: { value: 'alex@example.org' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Someone in this program already has that e-mail address.');
    expect(within(dialog).getByLabelText<HTMLInputElement>('E-mail').value).toBe('alex@example.org');
  });

  it('removes a person only after confirmation', async () => {
    const { bridge } = await openScreen('People', DATA);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Eli Newcomer' }));
    const confirm = screen.getByRole('dialog', { name: 'Remove Eli Newcomer?' });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Cancel' }));
    fireEvent.keyDown(confirm, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(bridge.callsTo('people.remove')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Eli Newcomer' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('Eli Newcomer was removed from the program.')).toBeTruthy();
    expect(names()).not.toContain('Eli Newcomer');
  });
});

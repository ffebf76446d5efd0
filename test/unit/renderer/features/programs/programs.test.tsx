// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, COORDINATOR, PROGRAMS } from '../../fake-bridge';
import { openScreen } from '../../open-screen';
import { tearDown } from '../../render-app';

afterEach(tearDown);

const open = (view: string, script: Parameters<typeof openScreen>[2] = {}, data: Parameters<typeof openScreen>[1] = {}) => openScreen(view, data, script);

describe('Programs', () => {
  it('lists the programs and marks the first as current', async () => {
    await open('Programs');
    const table = await screen.findByTestId('programs-table');
    expect(within(table).getAllByRole('row').slice(1).map((r) => r.querySelector('th')?.textContent)).toEqual(['Internal Medicine', 'Pediatrics']);
    expect(within(screen.getByTestId('program-row-IM')).getByText('Current')).toBeTruthy();
  });

  it('offers an administrator to create the first program when there is none', async () => {
    await open('Programs', { programs: [] });
    expect((await screen.findByTestId('programs-empty')).textContent).toContain('No program yet — create one.');
    expect(screen.getByRole('button', { name: 'Create program' })).toBeTruthy();
  });

  it('creates a program with the code in capitals and makes it current', async () => {
    const { bridge } = await open('Programs');
    fireEvent.click(await screen.findByRole('button', { name: 'Create program' }));
    fireEvent.change(screen.getByLabelText('Code'), { target: { value: 'surg' } });
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'General Surgery' } });
    fireEvent.submit(screen.getByTestId('create-program-form'));
    expect((await screen.findByTestId('program-row-SURG')).textContent).toContain('Current');
    expect(bridge.callsTo('programs.create').map((c) => c.input)).toEqual([{ code: 'SURG', name: 'General Surgery' }]);
    // The message follows the program's year list, which loads after the row: wait for it.
    expect(await screen.findByText(/General Surgery was created and is now the current program/, {}, { timeout: 5000 })).toBeTruthy();
  });

  it('says why a taken code is refused and keeps what was typed', async () => {
    await open('Programs');
    fireEvent.click(await screen.findByRole('button', { name: 'Create program' }));
    fireEvent.change(screen.getByLabelText('Code'), { target: { value: 'IM' } });
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Internal Medicine 2' } });
    fireEvent.submit(screen.getByTestId('create-program-form'));
    expect((await screen.findByRole('alert')).textContent).toBe('Another program already uses that code. Choose a different code.');
    expect(screen.getByLabelText<HTMLInputElement>('Name').value).toBe('Internal Medicine 2');
    expect(document.activeElement).toBe(screen.getByLabelText('Code'));
  });

  it('checks the code before asking main', async () => {
    const { bridge } = await open('Programs');
    fireEvent.click(await screen.findByRole('button', { name: 'Create program' }));
    fireEvent.change(screen.getByLabelText('Code'), { target: { value: 'I' } });
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Tiny' } });
    fireEvent.submit(screen.getByTestId('create-program-form'));
    expect(await screen.findByText('Use 2 to 16 capital letters, digits or dashes, e.g. IM or PEDS-2.')).toBeTruthy();
    expect(bridge.callsTo('programs.create')).toHaveLength(0);
  });

  it('does not offer coordinators to create programs', async () => {
    await open('Programs', { users: [COORDINATOR, ADMIN] });
    await screen.findByTestId('programs-table');
    expect(screen.queryByRole('button', { name: 'Create program' })).toBeNull();
  });
});

describe('the current program and academic year', () => {
  it('chooses the year that contains today', async () => {
    const now = new Date();
    const start = now.getMonth() >= 6 ? now.getFullYear() : now.getFullYear() - 1;
    const { store } = await open('Rotations', {}, {
      years: [
        { label: 'Earlier', startDate: `${start - 1}-07-01` },
        { label: 'Current', startDate: `${start}-07-01` },
        { label: 'Next', startDate: `${start + 1}-07-01` },
      ],
    });
    const bar = await screen.findByTestId('program-year-bar');
    expect(within(bar).getByLabelText<HTMLSelectElement>('Academic year').value).toBe(store.years[1]!.id);
  });

  it('reads the years of the program the person switches to', async () => {
    const { bridge } = await open('Rotations', {}, { years: [{ label: '2026–2027', startDate: '2026-07-01' }] });
    const bar = await screen.findByTestId('program-year-bar');
    fireEvent.change(within(bar).getByLabelText('Program'), { target: { value: PROGRAMS[1]!.id } });
    expect(await screen.findByTestId('no-year')).toBeTruthy();
    expect(bridge.callsTo('schedule.years.list').map((c) => c.input)).toEqual([{ programId: PROGRAMS[0]!.id }, { programId: PROGRAMS[1]!.id }]);
  });

  it('sends the person to create a year when the program has none', async () => {
    await open('Rotations');
    fireEvent.click(await screen.findByRole('button', { name: 'Create an academic year' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Academic years' })).toBeTruthy();
    expect(screen.getByTestId('create-year-form')).toBeTruthy();
  });

  it('tells a coordinator without programs to ask an administrator', async () => {
    await open('People', { users: [{ ...COORDINATOR, programs: [] }, ADMIN], programs: [] });
    expect((await screen.findByTestId('no-program')).textContent).toContain('Ask an administrator');
  });

  it('forgets the programs when the person signs out', async () => {
    const { bridge } = await open('Programs');
    await screen.findByTestId('programs-table');
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    const { useProgramsStore } = await import('../../../../../src/renderer/features/programs');
    await new Promise((r) => setTimeout(r, 0));
    expect(useProgramsStore.getState().programs).toBeNull();
    expect(bridge.callsTo('programs.list').length).toBeGreaterThan(0);
  });
});

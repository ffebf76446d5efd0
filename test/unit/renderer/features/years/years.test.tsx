// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, PROGRAMS } from '../../fake-bridge';
import { openScreen } from '../../open-screen';
import { tearDown } from '../../render-app';

afterEach(tearDown);

const FACULTY = { username: 'fran', displayName: 'Fran Faculty', role: 'faculty' as const, password: 'copper lantern autumn breeze', programs: ['IM'] };
const Y26 = { label: '2026–2027', startDate: '2026-07-01' };

describe('Academic years', () => {
  it('opens on the new-year form when the program has no year', async () => {
    await openScreen('Academic years');
    expect((await screen.findByTestId('years-empty')).textContent).toContain('No academic year yet — create one');
    expect(screen.getByTestId('create-year-form')).toBeTruthy();
  });

  it('creates a year of 13 four-week blocks and shows its blocks', async () => {
    const { bridge } = await openScreen('Academic years');
    const form = await screen.findByTestId('create-year-form');
    fireEvent.change(within(form).getByLabelText('First day'), { target: { value: '2026-07-01' } });
    expect(within(form).getByLabelText<HTMLInputElement>('Label').value).toBe('2026–2027');
    fireEvent.submit(form);
    const table = await screen.findByTestId('block-table');
    expect(bridge.callsTo('schedule.years.create').map((c) => c.input)).toEqual([
      { programId: PROGRAMS[0]!.id, label: '2026–2027', startDate: '2026-07-01', preset: { kind: 'thirteen-four-week' } },
    ]);
    expect(within(table).getAllByTestId(/^block-row-/)).toHaveLength(13);
    expect(screen.getByText('2026–2027 was created with 13 blocks and is now the current year.')).toBeTruthy();
  });

  it('sends the orientation preset with its days and weekday', async () => {
    const { bridge } = await openScreen('Academic years');
    const form = await screen.findByTestId('create-year-form');
    fireEvent.change(within(form).getByLabelText('First day'), { target: { value: '2026-07-01' } });
    fireEvent.click(within(form).getByLabelText(/Orientation block 0/));
    fireEvent.change(within(form).getByLabelText('Orientation days'), { target: { value: '5' } });
    fireEvent.change(within(form).getByLabelText('Blocks start on'), { target: { value: 'mon' } });
    fireEvent.submit(form);
    await screen.findByTestId('block-row-0');
    expect(bridge.callsTo('schedule.years.create')[0]!.input).toMatchObject({ preset: { kind: 'orientation-then-28', orientationDays: 5, blockWeekday: 'mon' } });
    expect(screen.getByText('Block 0 (orientation)')).toBeTruthy();
  });

  it('rolls over from the latest year by default', async () => {
    const { bridge, store } = await openScreen('Academic years', { years: [Y26] });
    fireEvent.click(await screen.findByRole('button', { name: 'Create academic year' }));
    const form = screen.getByTestId('create-year-form');
    expect(within(form).getByLabelText<HTMLInputElement>('First day').value).toBe('2027-07-01');
    fireEvent.submit(form);
    await screen.findByText(/2027–2028 was created/);
    expect(bridge.callsTo('schedule.years.create')[0]!.input).toMatchObject({ rolloverFrom: store.years[0]!.id, programLengthYears: 3 });
  });

  it('says an overlapping year is refused', async () => {
    await openScreen('Academic years', { years: [Y26] });
    fireEvent.click(await screen.findByRole('button', { name: 'Create academic year' }));
    const form = screen.getByTestId('create-year-form');
    fireEvent.change(within(form).getByLabelText('First day'), { target: { value: '2027-01-01' } });
    fireEvent.submit(form);
    expect((await within(form).findByRole('alert')).textContent).toBe('That academic year overlaps an existing one. Choose other dates.');
  });

  it('moves the next block’s start when a block’s end moves, and saves all blocks', async () => {
    const { bridge } = await openScreen('Academic years', { years: [Y26] });
    const end1 = await screen.findByLabelText('Block 1 ends');
    fireEvent.change(end1, { target: { value: '2026-07-31' } });
    expect(screen.getByLabelText<HTMLInputElement>('Block 2 starts').value).toBe('2026-08-01');
    fireEvent.click(screen.getByRole('button', { name: 'Save blocks' }));
    expect(await screen.findByText('The blocks were saved.')).toBeTruthy();
    const sent = bridge.callsTo('schedule.years.updateBlocks')[0]!.input as { blocks: { number: number; startDate: string; endDate: string }[] };
    expect(sent.blocks.slice(0, 2)).toEqual([
      { number: 1, startDate: '2026-07-01', endDate: '2026-07-31' },
      { number: 2, startDate: '2026-08-01', endDate: '2026-08-25' },
    ]);
  });

  it('marks a block that ends before it starts and sends nothing', async () => {
    const { bridge } = await openScreen('Academic years', { years: [Y26] });
    fireEvent.change(await screen.findByLabelText('Block 2 ends'), { target: { value: '2026-07-20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save blocks' }));
    expect(within(screen.getByTestId('block-row-2')).getByText('Ends before it starts.')).toBeTruthy();
    expect(bridge.callsTo('schedule.years.updateBlocks')).toHaveLength(0);
  });

  it('shows faculty the blocks without editing them', async () => {
    await openScreen('Academic years', { years: [Y26] }, { users: [FACULTY, ADMIN] });
    await screen.findByTestId('block-table');
    expect(screen.queryByLabelText('Block 1 ends')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Create academic year' })).toBeNull();
  });
});

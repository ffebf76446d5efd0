// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { type RotationTemplate, WEEKDAYS } from '../../../../../src/shared/domain';
import { openScreen } from '../../open-screen';
import { tearDown } from '../../render-app';

afterEach(tearDown);

const YEARS = [{ label: '2026–2027', startDate: '2026-07-01' }];
const empty = { am: null, pm: null, night: null };
const WARDS: Omit<RotationTemplate, 'id'> = {
  code: 'WARDS',
  name: 'Inpatient wards',
  colour: '#aa3344',
  capacity: { min: 2, max: 6 },
  pgyEligible: [1, 2],
  requiredCredentials: ['ACLS'],
  leaveEligible: false,
  pattern: Object.fromEntries(WEEKDAYS.map((d) => [d, d === 'sat' || d === 'sun' ? empty : { am: 'wards', pm: 'wards', night: null }])) as RotationTemplate['pattern'],
  hoursPerHalfDay: 6,
  hoursPerNight: 12,
  callEligible: true,
  nightFloat: false,
  supervised: true,
  observesHolidays: true,
};

describe('Rotations', () => {
  it('lists the year’s rotations with capacity, eligibility and rules', async () => {
    await openScreen('Rotations', { years: YEARS, rotations: [WARDS] });
    const row = await screen.findByTestId('rotation-row-WARDS');
    expect(row.textContent).toContain('2–6');
    expect(row.textContent).toContain('PGY-1, PGY-2');
    expect(row.textContent).toContain('Needs ACLS');
    expect(row.textContent).toContain('5 days a week');
    expect(row.textContent).toContain('Call, No leave');
  });

  it('says so when the year has no rotations', async () => {
    await openScreen('Rotations', { years: YEARS });
    expect((await screen.findByTestId('rotations-empty')).textContent).toContain('No rotations yet — add one.');
  });

  it('adds a rotation with its weekly pattern, eligibility and flags', async () => {
    const { bridge } = await openScreen('Rotations', { years: YEARS });
    fireEvent.click(await screen.findByRole('button', { name: 'Add rotation' }));
    const form = screen.getByTestId('rotation-editor');
    expect(document.activeElement).toBe(within(form).getByLabelText('Code'));
    fireEvent.change(within(form).getByLabelText('Code'), { target: { value: 'NF' } });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Night float' } });
    fireEvent.change(within(form).getByLabelText('Minimum'), { target: { value: '1' } });
    fireEvent.change(within(form).getByLabelText('Maximum'), { target: { value: '2' } });
    fireEvent.click(within(form).getByLabelText('PGY-2'));
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
      fireEvent.change(within(form).getByLabelText(`${day} AM`), { target: { value: '' } });
      fireEvent.change(within(form).getByLabelText(`${day} PM`), { target: { value: '' } });
    }
    fireEvent.change(within(form).getByLabelText('Sunday NIGHT'), { target: { value: 'nights' } });
    fireEvent.click(within(form).getByLabelText('Night float'));
    fireEvent.submit(form);
    expect(await screen.findByText('NF was saved.')).toBeTruthy();
    const { rotation } = bridge.callsTo('schedule.rotations.save')[0]!.input as { rotation: typeof WARDS };
    expect(rotation).toMatchObject({ code: 'NF', capacity: { min: 1, max: 2 }, pgyEligible: [2], nightFloat: true, callEligible: false });
    expect(rotation.pattern.sun).toEqual({ am: null, pm: null, night: 'nights' });
    expect(rotation.pattern.mon).toEqual(empty);
    expect(screen.getByTestId('rotation-row-NF')).toBeTruthy();
  });

  it('names the capacity problem and sends nothing', async () => {
    const { bridge } = await openScreen('Rotations', { years: YEARS });
    fireEvent.click(await screen.findByRole('button', { name: 'Add rotation' }));
    const form = screen.getByTestId('rotation-editor');
    fireEvent.change(within(form).getByLabelText('Code'), { target: { value: 'CLI' } });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Clinic' } });
    fireEvent.change(within(form).getByLabelText('Minimum'), { target: { value: '5' } });
    fireEvent.change(within(form).getByLabelText('Maximum'), { target: { value: '2' } });
    fireEvent.submit(form);
    expect(await within(form).findByText('Enter whole numbers from 0 to 500, the minimum no larger than the maximum.')).toBeTruthy();
    expect(bridge.callsTo('schedule.rotations.save')).toHaveLength(0);
  });

  it('edits an existing rotation under its id', async () => {
    const { bridge, store } = await openScreen('Rotations', { years: YEARS, rotations: [WARDS] });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit WARDS' }));
    const form = screen.getByTestId('rotation-editor');
    expect(within(form).getByLabelText<HTMLInputElement>('Monday AM').value).toBe('wards');
    fireEvent.change(within(form).getByLabelText('Maximum'), { target: { value: '8' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save rotation' }));
    await screen.findByText('WARDS was saved.');
    const id = store.rotations.get(store.years[0]!.id)![0]!.id;
    expect(bridge.callsTo('schedule.rotations.save')[0]!.input).toMatchObject({ rotationId: id, rotation: { capacity: { min: 2, max: 8 } } });
  });

  it('copies Monday to the other weekdays', async () => {
    await openScreen('Rotations', { years: YEARS });
    fireEvent.click(await screen.findByRole('button', { name: 'Add rotation' }));
    const form = screen.getByTestId('rotation-editor');
    fireEvent.change(within(form).getByLabelText('Monday PM'), { target: { value: 'didactics' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Copy Monday to Tuesday–Friday' }));
    expect(within(form).getByLabelText<HTMLInputElement>('Friday PM').value).toBe('didactics');
    expect(within(form).getByLabelText<HTMLInputElement>('Saturday PM').value).toBe('');
  });

  it('explains that a rotation with residents assigned cannot be removed', async () => {
    const { store } = await openScreen('Rotations', { years: YEARS, rotations: [WARDS] });
    await screen.findByTestId('rotation-row-WARDS');
    store.assignedRotations.add(store.rotations.get(store.years[0]!.id)![0]!.id);
    fireEvent.click(screen.getByRole('button', { name: 'Remove WARDS' }));
    fireEvent.click(within(screen.getByRole('dialog', { name: 'Remove WARDS?' })).getByRole('button', { name: 'Remove' }));
    expect((await within(screen.getByRole('dialog')).findByRole('alert')).textContent).toBe(
      'That rotation still has residents assigned. Move them first, then remove it.',
    );
    expect(screen.getByTestId('rotation-row-WARDS')).toBeTruthy();
  });
});

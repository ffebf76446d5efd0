// @vitest-environment happy-dom
// Structural accessibility of the program setup screens (axe-core; colour contrast is checked in
// Chromium), with data in them and with their dialogs open.
import { fireEvent, screen } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { WEEKDAYS } from '../../../../../src/shared/domain';
import { openScreen } from '../../open-screen';
import { tearDown } from '../../render-app';

afterEach(tearDown);

async function violations(): Promise<string[]> {
  document.documentElement.lang = 'en';
  document.title = 'Residency Scheduler';
  const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const DATA = {
  years: [{ label: '2024–2025', startDate: '2024-07-01' }],
  people: [
    { kind: 'resident' as const, name: 'Alex Rivera', pgy: 1 },
    { kind: 'faculty' as const, name: 'Dr. Dana Okafor', facultyRole: 'core-faculty' as const },
  ],
  rotations: [
    {
      code: 'WARDS',
      name: 'Wards',
      colour: '#aa3344',
      capacity: { min: 1, max: 4 },
      pgyEligible: [],
      requiredCredentials: [],
      leaveEligible: true,
      pattern: Object.fromEntries(WEEKDAYS.map((d) => [d, { am: 'wards', pm: null, night: null }])) as never,
      hoursPerHalfDay: 6,
      hoursPerNight: 12,
      callEligible: false,
      nightFloat: false,
      supervised: true,
      observesHolidays: true,
    },
  ],
  absences: [{ person: 'Alex Rivera', startDate: '2024-07-08', endDate: '2024-07-10', type: 'sick' as const, status: 'approved' as const }],
};

describe('axe finds no violations on the setup screens', () => {
  it('on Programs with the create form open', async () => {
    await openScreen('Programs', DATA);
    fireEvent.click(await screen.findByRole('button', { name: 'Create program' }));
    expect(await violations()).toEqual([]);
  });

  it('on Academic years with the blocks and the new-year form', async () => {
    await openScreen('Academic years', DATA);
    await screen.findByTestId('block-table');
    fireEvent.click(screen.getByRole('button', { name: 'Create academic year' }));
    expect(await violations()).toEqual([]);
  });

  it('on People with the person dialog open', async () => {
    await openScreen('People', DATA);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Alex Rivera' }));
    expect(await violations()).toEqual([]);
  });

  it('on Rotations with the editor open', async () => {
    await openScreen('Rotations', DATA);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit WARDS' }));
    expect(await violations()).toEqual([]);
  });

  it('on Absences with an absence open', async () => {
    await openScreen('Absences', DATA);
    fireEvent.click(await screen.findByTestId('absence-chip'));
    await screen.findByRole('dialog');
    expect(await violations()).toEqual([]);
  });

  it('on Rules', async () => {
    await openScreen('Rules', DATA);
    await screen.findByTestId('rules-form');
    expect(await violations()).toEqual([]);
  });
});

// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultRuleParameters } from '../../../../../src/shared/domain';
import { PROGRAMS } from '../../fake-bridge';
import { openScreen } from '../../open-screen';
import { tearDown } from '../../render-app';

afterEach(tearDown);

describe('Rules', () => {
  it('shows each value with its ACGME default', async () => {
    await openScreen('Rules');
    const weekly = await screen.findByLabelText<HTMLInputElement>('Limit per week (hours)');
    expect(weekly.value).toBe('80');
    expect(screen.getByText('ACGME default: 80 hours')).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save rules' }).disabled).toBe(true);
  });

  it('saves a stricter limit for the program', async () => {
    const { bridge, store } = await openScreen('Rules');
    fireEvent.change(await screen.findByLabelText('Limit per week (hours)'), { target: { value: '72' } });
    fireEvent.click(screen.getByLabelText('Rotation coverage (min/max per block)'));
    fireEvent.click(screen.getByRole('button', { name: 'Save rules' }));
    expect(await screen.findByText(/The rules were saved/)).toBeTruthy();
    const sent = bridge.callsTo('schedule.parameters.set')[0]!.input as { programId: string; parameters: ReturnType<typeof defaultRuleParameters> };
    expect(sent.programId).toBe(PROGRAMS[0]!.id);
    expect(sent.parameters).toEqual({ ...defaultRuleParameters(), weeklyHours: { limitHours: 72, windowDays: 28 }, disabledRules: ['program.coverage'] });
    expect(store.parameters.get(PROGRAMS[0]!.id)!.weeklyHours.limitHours).toBe(72);
  });

  it('puts one value back to its ACGME default', async () => {
    await openScreen('Rules');
    const weekly = await screen.findByLabelText<HTMLInputElement>('Limit per week (hours)');
    fireEvent.change(weekly, { target: { value: '70' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reset Limit per week to the default' }));
    expect(weekly.value).toBe('80');
    expect(screen.queryByRole('button', { name: /Reset Limit per week/ })).toBeNull();
  });

  it('fills in every ACGME default for a program that changed them', async () => {
    const { store } = await openScreen('Rules', {}, {});
    store.parameters.set(PROGRAMS[0]!.id, { ...defaultRuleParameters(), restBetweenShifts: { minRestHours: 10 } });
    fireEvent.click(screen.getByRole('button', { name: 'Home' }));
    fireEvent.click(screen.getByRole('button', { name: 'Rules' }));
    const rest = await screen.findByLabelText<HTMLInputElement>('At least (hours)');
    await screen.findByDisplayValue('10');
    fireEvent.click(screen.getByRole('button', { name: 'Reset all to ACGME defaults' }));
    expect(rest.value).toBe('8');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save rules' }).disabled).toBe(false);
  });

  it('marks an out-of-range value and sends nothing', async () => {
    const { bridge } = await openScreen('Rules');
    const field = await screen.findByLabelText('Every (nights)');
    fireEvent.change(field, { target: { value: '0' } });
    fireEvent.submit(screen.getByTestId('rules-form'));
    expect(within(field.closest('.field')!).getByText('Not a valid value for this limit.')).toBeTruthy();
    expect(bridge.callsTo('schedule.parameters.set')).toHaveLength(0);
  });
});

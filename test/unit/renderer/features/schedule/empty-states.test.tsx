// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { installSchedule } from './schedule-fake';
import { renderSchedule, tearDownSchedule } from './render-schedule';

afterEach(tearDownSchedule);

describe('Schedule — empty states', () => {
  it('without a chosen year it says to choose one, and asks main for nothing', () => {
    const { bridge } = installSchedule();
    renderSchedule({ yearId: null });
    expect(screen.getByTestId('schedule-no-year').textContent).toContain('Choose a program and an academic year first.');
    expect(bridge.callsTo('schedule.draft.get')).toHaveLength(0);
  });

  it('a year without residents says to add them and shows no grid', async () => {
    installSchedule({ residents: 0 });
    renderSchedule();
    expect((await screen.findByTestId('schedule-empty')).textContent).toContain('No residents on this year’s roster.');
    expect(screen.queryByRole('grid')).toBeNull();
  });

  it('a year without rotations says to create them; the grid is shown but cannot be edited', async () => {
    installSchedule({ rotations: [] });
    renderSchedule();
    expect((await screen.findByTestId('schedule-empty')).textContent).toContain('No rotations for this year.');
    expect((await screen.findByRole('grid')).getAttribute('aria-readonly')).toBe('true');
  });

  it('a draft main cannot read shows main’s message and a way to try again', async () => {
    const { bridge } = installSchedule();
    bridge.failNext('schedule.draft.get', 'ERR_SCHEDULE_YEAR_NOT_FOUND');
    renderSchedule();
    expect((await screen.findByRole('alert')).textContent).toBe('That academic year does not exist in this program.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

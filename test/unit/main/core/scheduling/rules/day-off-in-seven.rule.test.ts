import { describe, expect, it } from 'vitest';
import { day, ScheduleBuilder } from '../engine/schedule-builder';
import { findingsOf } from './helpers';

describe('acgme.day-off-in-seven', () => {
  it('reports a 28-day window with only 3 free days, with the count and the need', () => {
    const b = new ScheduleBuilder({ blocks: 1 }).rotation('none', { pattern: {} }).resident('lee', 2, { name: 'Dr Lee' });
    for (let d = 0; d < 28; d++) if (![5, 15, 25].includes(d)) b.override('lee', day(d), 'AM', 'work', { hours: 6 });
    const [f, ...rest] = findingsOf(b.build(), 'acgme.day-off-in-seven');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', measured: 3, limit: 4, unit: 'days' });
    expect(f!.explanation).toBe('Dr Lee has 3 free days in 1–28 Jul 2026 (needs 4 in every 28 days).');
  });

  it('does not count the morning after a night call as a free day', () => {
    // Mon–Fri clinic leaves 8 weekend days; calls on Friday and Saturday nights touch every one of them.
    const b = new ScheduleBuilder({ blocks: 1 }).rotation('clinic').resident('lee').assign('lee', 1, 'clinic');
    for (let w = 0; w < 4; w++) b.call('lee', day(w * 7 + 2)).call('lee', day(w * 7 + 3));
    expect(findingsOf(b.build(), 'acgme.day-off-in-seven')[0]).toMatchObject({ measured: 0 });
  });

  it('does not count a day on at-home call as free', () => {
    const b = new ScheduleBuilder({ blocks: 1 }).rotation('clinic').resident('lee').assign('lee', 1, 'clinic');
    for (let w = 0; w < 4; w++) b.call('lee', day(w * 7 + 3), 'at-home').call('lee', day(w * 7 + 4), 'at-home');
    expect(findingsOf(b.build(), 'acgme.day-off-in-seven')[0]).toMatchObject({ measured: 0 });
  });

  it('does not count backup call against a free day', () => {
    const b = new ScheduleBuilder({ blocks: 1 }).rotation('clinic').resident('lee').assign('lee', 1, 'clinic');
    for (let w = 0; w < 4; w++) b.call('lee', day(w * 7 + 3), 'backup').call('lee', day(w * 7 + 4), 'backup');
    expect(findingsOf(b.build(), 'acgme.day-off-in-seven')).toEqual([]);
  });

  it('follows a program that asks for 9 free days per window', () => {
    const doc = new ScheduleBuilder({ blocks: 1, parameters: { dayOffInSeven: { freeDaysPerWindow: 9 } } }).rotation('clinic').resident('lee').assign('lee', 1, 'clinic').build();
    expect(findingsOf(doc, 'acgme.day-off-in-seven')[0]).toMatchObject({ measured: 8, limit: 9 });
  });
});

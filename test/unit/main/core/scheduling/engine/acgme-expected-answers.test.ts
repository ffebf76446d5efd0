// Every expected answer listed in /work/shared/ACGME.md, one test each.
import { describe, expect, it } from 'vitest';
import type { Finding, RuleId } from '../../../../../../src/shared/domain';
import { facultyNeeded, validateSchedule } from '../../../../../../src/main/core/scheduling/engine';
import { day, ScheduleBuilder } from './schedule-builder';

const of = (findings: Finding[], rule: RuleId) => findings.filter((f) => f.ruleId === rule);
const everyDay = { am: 'Ward', pm: 'Ward' } as const;

describe('ACGME.md expected answers', () => {
  it('28 consecutive days of AM+PM work (84 h/week) give exactly one weekly-hours violation', () => {
    const doc = new ScheduleBuilder().rotation('ward', { pattern: everyDay }).resident('lee', 2, { name: 'Dr Lee' }).assign('lee', 1, 'ward').build();
    const found = of(validateSchedule(doc), 'acgme.weekly-hours');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', measured: 84, limit: 80, unit: 'hours/week', personId: 'lee' });
    expect(found[0]!.explanation).toBe('Dr Lee averages 84.0 h/week over 1–28 Jul 2026 (limit 80).');
  });

  it('53 half-days in a 28-day window (79.5 h/week) are no violation, only a near-limit warning', () => {
    const b = new ScheduleBuilder().rotation('ward', { pattern: everyDay }).resident('lee').assign('lee', 1, 'ward');
    b.override('lee', day(3), 'PM', 'off').override('lee', day(10), 'PM', 'off').override('lee', day(17), 'AM', 'off');
    const found = of(validateSchedule(b.build()), 'acgme.weekly-hours');
    expect(found.filter((f) => f.severity === 'error')).toEqual([]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', measured: 79.5 });
  });

  it('7 worked days then 3 free days, repeated over 4 weeks, is no day-off-in-seven violation', () => {
    const b = new ScheduleBuilder({ blocks: 1 }).rotation('none', { pattern: {} }).resident('lee');
    for (let d = 0; d < 28; d++) if (d % 10 < 7) b.override('lee', day(d), 'AM', 'work', { hours: 10 });
    const found = validateSchedule(b.build());
    expect(of(found, 'acgme.day-off-in-seven')).toEqual([]);
  });

  it('three ordinary 12 h days separated by 12 h nights off give no continuous-hours finding', () => {
    const b = new ScheduleBuilder().rotation('ward', { pattern: everyDay }).resident('lee');
    for (const d of [0, 1, 2]) b.override('lee', day(d), 'AM', 'work', { rotationId: 'ward' }).override('lee', day(d), 'PM', 'work', { rotationId: 'ward' });
    const found = validateSchedule(b.build());
    expect(of(found, 'acgme.continuous-hours')).toEqual([]);
    expect(of(found, 'acgme.rest-between-shifts')).toEqual([]);
  });

  it('a 24 h call followed by 4 h off and a new shift is a rest-after-24h violation', () => {
    const b = new ScheduleBuilder().rotation('ward').resident('lee');
    b.call('lee', day(0), 'in-house', { startTime: '07:00', hours: 24 }).extra('lee', day(1), '11:00', 8);
    const found = of(validateSchedule(b.build()), 'acgme.rest-after-24h');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', measured: 4, limit: 14, unit: 'hours', startDate: day(0) });
  });

  it.each([
    [1, 0, 1],
    [3, 0, 2],
    [0, 5, 2],
    [1, 1, 1],
    [2, 4, 2],
  ])('faculty needed for %i PGY-1 and %i PGY-2+ residents is %i', (pgy1, senior, needed) => {
    expect(facultyNeeded(pgy1, senior)).toBe(needed);
  });
});

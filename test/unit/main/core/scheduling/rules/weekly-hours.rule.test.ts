import { describe, expect, it } from 'vitest';
import { day, ScheduleBuilder } from '../engine/schedule-builder';
import { findingsOf } from './helpers';

const monToSat = { am: 'Ward', pm: 'Ward', on: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] } as const;

describe('acgme.weekly-hours', () => {
  it('counts in-house call hours in the weekly average', () => {
    // Mon–Fri AM+PM = 60 h/week; 8 calls of 12 h add 24 h/week: 84 h/week.
    const b = new ScheduleBuilder({ blocks: 1 }).rotation('ward').resident('lee').assign('lee', 1, 'ward');
    for (let i = 0; i < 8; i++) b.call('lee', day(i * 3 + 1));
    const [f] = findingsOf(b.build(), 'acgme.weekly-hours');
    expect(f).toMatchObject({ severity: 'error', measured: 84 });
  });

  it('counts moonlighting in the weekly average', () => {
    const b = new ScheduleBuilder({ blocks: 1 }).rotation('ward', { pattern: monToSat }).resident('lee').assign('lee', 1, 'ward');
    for (let w = 0; w < 4; w++) b.extra('lee', day(w * 7 + 4), '19:00', 10);
    expect(findingsOf(b.build(), 'acgme.weekly-hours')[0]).toMatchObject({ severity: 'error', measured: 82 });
  });

  it('a program with a 72 h limit reports a 78 h week that the 80 h default only warns about', () => {
    const base = () => {
      const b = new ScheduleBuilder({ blocks: 1 }).rotation('ward', { pattern: monToSat }).resident('lee').assign('lee', 1, 'ward');
      for (let w = 0; w < 4; w++) b.extra('lee', day(w * 7 + 1), '20:00', 6);
      return b;
    };
    expect(findingsOf(base().build(), 'acgme.weekly-hours').map((f) => f.severity)).toEqual(['warning']);
    const strict = findingsOf(base().parameters({ weeklyHours: { limitHours: 72 } }).build(), 'acgme.weekly-hours');
    expect(strict).toMatchObject([{ severity: 'error', measured: 78, limit: 72 }]);
    expect(strict[0]!.explanation).toContain('(limit 72)');
  });

  it('suggests how many half-days or calls to remove and names dates', () => {
    const doc = new ScheduleBuilder().rotation('ward', { pattern: { am: 'Ward', pm: 'Ward' } }).resident('lee').assign('lee', 1, 'ward').build();
    const [f] = findingsOf(doc, 'acgme.weekly-hours');
    expect(f!.suggestion).toBe('Remove 3 half-days or 2 calls in 1–28 Jul 2026 (16 h over), e.g. on 28 Jul 2026, 27 Jul 2026 or 26 Jul 2026.');
    expect(f!.cells).toHaveLength(56);
  });

  it('reports two separate overloaded months as two findings', () => {
    const doc = new ScheduleBuilder()
      .rotation('ward', { pattern: { am: 'Ward', pm: 'Ward' } })
      .rotation('clinic')
      .resident('lee')
      .assign('lee', 1, 'ward')
      .assign('lee', 2, 'clinic')
      .assign('lee', 3, 'clinic')
      .assign('lee', 4, 'ward')
      .build();
    const found = findingsOf(doc, 'acgme.weekly-hours');
    expect(found.map((f) => [f.severity, f.measured])).toEqual([
      ['error', 84],
      ['error', 84],
    ]);
    // The second run starts with the first window that nears the limit, weeks before block 4.
    expect(found[1]!.startDate < day(84) && found[1]!.endDate >= day(111)).toBe(true);
  });

  it('applies to residents only, not faculty', () => {
    const doc = new ScheduleBuilder().rotation('ward', { pattern: { am: 'Ward', pm: 'Ward' } }).faculty('boss').assign('boss', 1, 'ward').build();
    expect(findingsOf(doc, 'acgme.weekly-hours')).toEqual([]);
  });

  it('is silent when the program disables it', () => {
    const doc = new ScheduleBuilder({ parameters: { disabledRules: ['acgme.weekly-hours'] } })
      .rotation('ward', { pattern: { am: 'Ward', pm: 'Ward' } })
      .resident('lee')
      .assign('lee', 1, 'ward')
      .build();
    expect(findingsOf(doc, 'acgme.weekly-hours')).toEqual([]);
  });

  it('spans the worked days of both blocks it concerns, not the empty days its windows reach', () => {
    // AM+PM every day on the ward for blocks 1 and 2 (56 days), nothing in block 3.
    const doc = new ScheduleBuilder({ blocks: 3 })
      .rotation('ward', { pattern: { am: 'Ward', pm: 'Ward' } })
      .resident('lee')
      .assign('lee', 1, 'ward')
      .assign('lee', 2, 'ward')
      .build();
    const [f, more] = findingsOf(doc, 'acgme.weekly-hours');
    expect(more).toBeUndefined();
    expect(f).toMatchObject({ severity: 'error', startDate: day(0), endDate: day(55) });
    const blockOf = (date: string) => doc.academicYear.blocks.find((b) => b.startDate <= date && date <= b.endDate)!.number;
    expect(new Set(f!.cells.map((c) => blockOf(c.date)))).toEqual(new Set([1, 2]));
    expect(f!.cells.length).toBeLessThanOrEqual(100);
  });
});

import { describe, expect, it } from 'vitest';
import { day, ScheduleBuilder } from '../engine/schedule-builder';
import { findingsOf } from './helpers';

const ward = () => new ScheduleBuilder().rotation('ward', { pattern: { am: 'Ward', pm: 'Ward' } }).resident('lee', 2, { name: 'Dr Lee' });

describe('acgme.continuous-hours', () => {
  it('joins day work, in-house call and the post-call morning into one 30 h period: an error', () => {
    const b = ward().override('lee', day(0), 'AM', 'work', { rotationId: 'ward' }).override('lee', day(0), 'PM', 'work', { rotationId: 'ward' });
    b.call('lee', day(0)).override('lee', day(1), 'AM', 'work', { rotationId: 'ward' });
    const found = findingsOf(b.build(), 'acgme.continuous-hours');
    expect(found).toMatchObject([{ severity: 'error', measured: 30, limit: 24, startDate: day(0), endDate: day(1) }]);
    expect(found[0]!.explanation).toBe('Dr Lee is on duty 30.0 h in a row from Wed 1 Jul 07:00 to Thu 2 Jul 13:00 (limit 24 h + 4 h for transitions).');
    expect(found[0]!.cells.map((c) => `${c.date} ${c.slot}`)).toEqual([`${day(0)} AM`, `${day(0)} PM`, `${day(0)} NIGHT`, `${day(1)} AM`]);
  });

  it('warns about a 26 h period, naming the transition allowance', () => {
    const b = ward().call('lee', day(0), 'in-house', { startTime: '07:00', hours: 26 });
    const found = findingsOf(b.build(), 'acgme.continuous-hours');
    expect(found).toMatchObject([{ severity: 'warning', measured: 26 }]);
    expect(found[0]!.explanation).toContain('within the 4 h transition allowance');
  });

  it('accepts a 24 h call exactly at the limit: the transition band is the rule’s warning zone', () => {
    expect(findingsOf(ward().call('lee', day(0), 'in-house', { startTime: '07:00', hours: 24 }).build(), 'acgme.continuous-hours')).toEqual([]);
    expect(findingsOf(ward().call('lee', day(0), 'in-house', { startTime: '07:00', hours: 24.5 }).build(), 'acgme.continuous-hours')).toMatchObject([{ severity: 'warning', measured: 24.5 }]);
  });

  it('gives two long periods that start on one date different keys', () => {
    // A 6 h limit: 00:00–07:00 and 15:00–22:00 are separate periods (8 h rest between) on the same date.
    const doc = new ScheduleBuilder({ parameters: { continuousHours: { limitHours: 6, transitionHours: 0 } } })
      .rotation('ward')
      .resident('lee')
      .extra('lee', day(0), '00:00', 7)
      .extra('lee', day(0), '15:00', 7)
      .build();
    const found = findingsOf(doc, 'acgme.continuous-hours');
    expect(found).toHaveLength(2);
    expect(new Set(found.map((f) => f.key)).size).toBe(2);
  });

  it('joins work across a gap shorter than the rest between shifts', () => {
    // 07–19 ward day, moonlighting 21:00–08:00: a 2 h gap joins them into 25 h.
    const b = ward().override('lee', day(0), 'AM', 'work', { rotationId: 'ward' }).override('lee', day(0), 'PM', 'work', { rotationId: 'ward' }).extra('lee', day(0), '21:00', 11);
    expect(findingsOf(b.build(), 'acgme.continuous-hours')).toMatchObject([{ severity: 'warning', measured: 25 }]);
  });

  it('follows a program with a 16 h limit', () => {
    const doc = new ScheduleBuilder({ parameters: { continuousHours: { limitHours: 16, transitionHours: 0 } } })
      .rotation('ward')
      .resident('lee')
      .call('lee', day(0), 'in-house', { startTime: '07:00', hours: 17 })
      .build();
    expect(findingsOf(doc, 'acgme.continuous-hours')).toMatchObject([{ severity: 'error', limit: 16 }]);
  });
});

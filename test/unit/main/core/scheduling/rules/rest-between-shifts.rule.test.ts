import { describe, expect, it } from 'vitest';
import { day, ScheduleBuilder } from '../engine/schedule-builder';
import { findingsOf } from './helpers';

describe('acgme.rest-between-shifts', () => {
  it('warns (never errs) about less than 8 h between a day shift and a night shift', () => {
    const b = new ScheduleBuilder().rotation('ward').resident('lee').override('lee', day(0), 'AM', 'work', { rotationId: 'ward' }).override('lee', day(0), 'NIGHT', 'work', { rotationId: 'ward', hours: 10 });
    expect(findingsOf(b.build(), 'acgme.rest-between-shifts')).toMatchObject([{ severity: 'warning', measured: 6, limit: 8 }]);
  });

  it('treats the lunch gap between short AM and PM half-days as no rest period', () => {
    const doc = new ScheduleBuilder({ blocks: 1 }).rotation('clinic', { hoursPerHalfDay: 4 }).resident('lee').assign('lee', 1, 'clinic').build();
    expect(findingsOf(doc, 'acgme.rest-between-shifts')).toEqual([]);
  });

  it('gives two short rests after work of one date different keys', () => {
    const b = new ScheduleBuilder().rotation('ward').resident('lee').extra('lee', day(0), '00:00', 2).extra('lee', day(0), '04:00', 2).extra('lee', day(0), '08:00', 2);
    const found = findingsOf(b.build(), 'acgme.rest-between-shifts');
    expect(found.map((f) => [f.startDate, f.measured])).toEqual([
      [day(0), 2],
      [day(0), 2],
    ]);
    expect(new Set(found.map((f) => f.key)).size).toBe(2);
  });

  it('leaves the gap after 24 h of duty to rest-after-24h', () => {
    const doc = new ScheduleBuilder().rotation('ward').resident('lee').call('lee', day(0), 'in-house', { startTime: '07:00', hours: 24 }).extra('lee', day(1), '11:00', 8).build();
    expect(findingsOf(doc, 'acgme.rest-between-shifts')).toEqual([]);
  });
});

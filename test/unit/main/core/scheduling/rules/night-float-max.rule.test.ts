import { describe, expect, it } from 'vitest';
import { day, ScheduleBuilder } from '../engine/schedule-builder';
import { findingsOf } from './helpers';

const nightFloat = (on: readonly ('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[]) =>
  new ScheduleBuilder().rotation('nf', { nightFloat: true, pattern: { night: 'Night float', on } }).resident('lee').assign('lee', 1, 'nf');

describe('program.night-float-max', () => {
  it('reports 7 night-float nights in a row (default limit 6)', () => {
    const found = findingsOf(nightFloat(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']).build(), 'program.night-float-max');
    expect(found).toMatchObject([{ severity: 'error', measured: 28, limit: 6, startDate: day(0), endDate: day(27) }]);
  });

  it('accepts six nights then a night off', () => {
    expect(findingsOf(nightFloat(['mon', 'tue', 'wed', 'thu', 'fri', 'sat']).build(), 'program.night-float-max')).toEqual([]);
  });

  it('does not count night work on a rotation that is not night float', () => {
    const doc = new ScheduleBuilder().rotation('icu', { pattern: { night: 'ICU' } }).resident('lee').assign('lee', 1, 'icu').build();
    expect(findingsOf(doc, 'program.night-float-max')).toEqual([]);
  });
});

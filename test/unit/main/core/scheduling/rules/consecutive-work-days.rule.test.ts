import { describe, expect, it } from 'vitest';
import { day, ScheduleBuilder } from '../engine/schedule-builder';
import { findingsOf } from './helpers';

const sevenOnThreeOff = (max: number | null) => {
  const b = new ScheduleBuilder({ blocks: 1, parameters: { dayOffInSeven: { maxConsecutiveWorkDays: max } } }).rotation('none', { pattern: {} }).resident('lee');
  for (let d = 0; d < 28; d++) if (d % 10 < 7) b.override('lee', day(d), 'AM', 'work', { hours: 6 });
  return b.build();
};

describe('program.consecutive-work-days', () => {
  it('is off unless the program sets a maximum streak', () => {
    expect(findingsOf(sevenOnThreeOff(null), 'program.consecutive-work-days')).toEqual([]);
  });

  it('reports every run of worked days longer than the program maximum', () => {
    const found = findingsOf(sevenOnThreeOff(6), 'program.consecutive-work-days');
    expect(found.map((f) => [f.startDate, f.endDate, f.measured])).toEqual([
      [day(0), day(6), 7],
      [day(10), day(16), 7],
      [day(20), day(26), 7],
    ]);
  });

  it('accepts runs exactly at the maximum', () => {
    expect(findingsOf(sevenOnThreeOff(7), 'program.consecutive-work-days')).toEqual([]);
  });
});

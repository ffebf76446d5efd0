// One set of block-layout rules for the app and `resched validate`.
import { describe, expect, it } from 'vitest';
import { blockLayoutProblems, dayAfter } from '../../../src/shared/domain';

const year = { startDate: '2026-07-01', endDate: '2027-06-30' };
const b = (number: number, startDate: string, endDate: string) => ({ number, startDate, endDate });

describe('block layout', () => {
  it('accepts back-to-back numbered blocks inside the year', () => {
    expect(blockLayoutProblems([b(1, '2026-07-01', '2026-07-28'), b(2, '2026-07-29', '2026-08-25')], year)).toEqual([]);
  });
  it('names a gap between blocks at the later block’s start, with the day it should be', () => {
    expect(blockLayoutProblems([b(1, '2026-07-01', '2026-07-28'), b(2, '2026-07-30', '2026-08-25')], year)).toEqual([
      { index: 1, field: 'startDate', message: 'Block 2 must start the day after block 1 ends (2026-07-29)' },
    ]);
  });
  it('names skipped numbers, reversed ranges and blocks outside the year', () => {
    const problems = blockLayoutProblems([b(1, '2026-06-01', '2026-07-28'), b(3, '2026-07-29', '2026-07-20')], year);
    expect(problems.map((p) => [p.index, p.field])).toEqual([
      [0, undefined],
      [1, 'endDate'],
      [1, 'number'],
    ]);
  });
  it('steps over month, year and leap-day ends', () => {
    expect([dayAfter('2026-12-31'), dayAfter('2028-02-28'), dayAfter('2027-02-28')]).toEqual(['2027-01-01', '2028-02-29', '2027-03-01']);
  });
});

describe('academic year span', () => {
  it('is bounded: a file cannot ask the engine for thousands of years of days', async () => {
    const { AcademicYearSpan } = await import('../../../src/shared/domain');
    const span = (endDate: string) => AcademicYearSpan.safeParse({ label: 'x', startDate: '2026-07-01', endDate, blocks: [b(1, '2026-07-01', '2026-07-28')] });
    expect(span('2027-06-30').success).toBe(true);
    expect(span('9999-12-31').success).toBe(false);
  });
});

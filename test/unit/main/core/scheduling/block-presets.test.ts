// Block presets lay out a year from its start date to the June 30 that ends it, without gaps.
import { describe, expect, it } from 'vitest';
import { presetBlocks, validateBlocks } from '../../../../../src/main/core/scheduling';

const DAY = 86_400_000;
const days = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY + 1;
const weekday = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();

describe('block presets', () => {
  it('13 × 4 weeks from 2026-07-01: blocks 1–13 of 28 days, the last running to 2027-06-30', () => {
    const { startDate, endDate, blocks } = presetBlocks('2026-07-01', { kind: 'thirteen-four-week' });
    expect([startDate, endDate]).toEqual(['2026-07-01', '2027-06-30']);
    expect(blocks.map((b) => b.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(blocks[0]).toEqual({ number: 1, startDate: '2026-07-01', endDate: '2026-07-28' });
    expect(blocks[1]).toEqual({ number: 2, startDate: '2026-07-29', endDate: '2026-08-25' });
    expect(blocks.slice(0, 12).every((b) => days(b.startDate, b.endDate) === 28)).toBe(true);
    expect(blocks[12]).toEqual({ number: 13, startDate: '2027-06-02', endDate: '2027-06-30' });
    expect(validateBlocks(blocks, { startDate, endDate })).toEqual(blocks);
  });

  it('orientation of 5 days then 28-day blocks starting on Mondays', () => {
    const { endDate, blocks } = presetBlocks('2026-07-01', { kind: 'orientation-then-28', orientationDays: 5, blockWeekday: 'mon' });
    // 1 Jul 2026 is a Wednesday: 5 days reach Monday 6 Jul, where block 1 starts.
    expect(blocks[0]).toEqual({ number: 0, startDate: '2026-07-01', endDate: '2026-07-05' });
    expect(blocks[1]).toEqual({ number: 1, startDate: '2026-07-06', endDate: '2026-08-02' });
    for (const b of blocks.slice(1)) expect(weekday(b.startDate), b.startDate).toBe(1);
    expect(blocks.slice(1, -1).every((b) => days(b.startDate, b.endDate) === 28)).toBe(true);
    expect(blocks.at(-1)!.endDate).toBe(endDate);
    expect(endDate).toBe('2027-06-30');
    expect(() => validateBlocks(blocks, { startDate: '2026-07-01', endDate })).not.toThrow();
  });

  it('stretches orientation to the day before the first chosen weekday', () => {
    const { blocks } = presetBlocks('2026-07-01', { kind: 'orientation-then-28', orientationDays: 7, blockWeekday: 'mon' });
    // 7 days reach Wednesday 8 Jul; the next Monday is 13 Jul.
    expect(blocks[0]).toEqual({ number: 0, startDate: '2026-07-01', endDate: '2026-07-12' });
    expect(blocks[1]!.startDate).toBe('2026-07-13');
  });

  it('refuses blocks with a gap, out of order numbers, or outside the year', () => {
    const year = { startDate: '2026-07-01', endDate: '2027-06-30' };
    const code = (fn: () => unknown) => {
      try {
        fn();
        return 'none';
      } catch (e) {
        return (e as { code: string }).code;
      }
    };
    expect(code(() => validateBlocks([{ number: 1, startDate: '2026-07-01', endDate: '2026-07-28' }, { number: 2, startDate: '2026-07-30', endDate: '2026-08-26' }], year))).toBe(
      'ERR_SCHEDULE_BLOCKS_INVALID',
    );
    expect(code(() => validateBlocks([{ number: 1, startDate: '2026-07-01', endDate: '2026-07-28' }, { number: 3, startDate: '2026-07-29', endDate: '2026-08-25' }], year))).toBe(
      'ERR_SCHEDULE_BLOCKS_INVALID',
    );
    expect(code(() => validateBlocks([{ number: 1, startDate: '2026-06-01', endDate: '2026-07-28' }], year))).toBe('ERR_SCHEDULE_BLOCKS_INVALID');
  });
});

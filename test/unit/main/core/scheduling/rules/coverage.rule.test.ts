import { describe, expect, it } from 'vitest';
import { ScheduleBuilder } from '../engine/schedule-builder';
import { findingsOf } from './helpers';

const wards = (n: number) => {
  const b = new ScheduleBuilder({ blocks: 2 }).rotation('ward', { name: 'Wards', capacity: { min: 2, max: 3 } });
  for (let i = 0; i < n; i++) b.resident(`r${i}`).assign(`r${i}`, 1, 'ward').assign(`r${i}`, 2, 'ward');
  return b;
};

describe('program.coverage', () => {
  it('reports too few residents per block, one finding per block', () => {
    const found = findingsOf(wards(1).build(), 'program.coverage');
    expect(found.map((f) => [f.block, f.measured, f.limit])).toEqual([
      [1, 1, 2],
      [2, 1, 2],
    ]);
    expect(found[0]!.explanation).toBe('Wards has 1 resident in block 1 (1–28 Jul 2026); it needs 2–3.');
    expect(found[0]!.suggestion).toBe('Assign 1 more resident to Wards in block 1.');
  });

  it('reports too many residents', () => {
    expect(findingsOf(wards(5).build(), 'program.coverage')[0]).toMatchObject({ measured: 5, limit: 3, suggestion: 'Move 2 residents off Wards in block 1.' });
  });

  it('does not count faculty on the rotation', () => {
    const b = wards(2).faculty('boss').assign('boss', 1, 'ward').assign('boss', 2, 'ward');
    expect(findingsOf(b.build(), 'program.coverage')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { facultyNeeded } from '../../../../../../src/main/core/scheduling/engine';
import { day, ScheduleBuilder } from '../engine/schedule-builder';
import { findingsOf } from './helpers';

const clinic = (pgy1: number, seniors: number, faculty: number) => {
  const b = new ScheduleBuilder({ blocks: 1 }).rotation('clinic', { name: 'Clinic', pattern: { am: 'Clinic', on: ['mon'] } });
  for (let i = 0; i < pgy1; i++) b.resident(`i${i}`, 1).assign(`i${i}`, 1, 'clinic');
  for (let i = 0; i < seniors; i++) b.resident(`s${i}`, 3).assign(`s${i}`, 1, 'clinic');
  for (let i = 0; i < faculty; i++) b.faculty(`f${i}`).assign(`f${i}`, 1, 'clinic');
  return b;
};

describe('program.supervision', () => {
  it('reports a session with 3 PGY-1 residents and 1 faculty (2 needed), once per rotation and block', () => {
    const found = findingsOf(clinic(3, 0, 1).build(), 'program.supervision');
    expect(found).toMatchObject([{ severity: 'error', rotationId: 'clinic', block: 1, measured: 1, limit: 2, unit: 'faculty', startDate: day(5), endDate: day(26) }]);
    expect(found[0]!.explanation).toBe(
      'Clinic lacks supervising faculty in 4 half-day sessions of block 1 (1–28 Jul 2026); worst 6 Jul 2026 AM: 1 of 2 needed for 3 PGY-1 and 0 PGY-2+ residents.',
    );
    expect(found[0]!.cells).toHaveLength(12);
  });

  it('accepts 2 PGY-1 and 4 senior residents with 2 faculty', () => {
    expect(findingsOf(clinic(2, 4, 2).build(), 'program.supervision')).toEqual([]);
  });

  it('counts only faculty who work that session (a faculty member on leave does not supervise)', () => {
    const b = clinic(1, 0, 1).absence('f0', day(5), day(5));
    expect(findingsOf(b.build(), 'program.supervision')).toMatchObject([{ startDate: day(5), endDate: day(5), measured: 0, limit: 1 }]);
  });

  it('skips rotations that are not supervised', () => {
    const b = new ScheduleBuilder({ blocks: 1 }).rotation('self', { supervised: false }).resident('lee', 1).assign('lee', 1, 'self');
    expect(findingsOf(b.build(), 'program.supervision')).toEqual([]);
  });

  it('uses the program ratio: 1 faculty per 2 units makes one PGY-1 need one and two need two', () => {
    const params = { pgy1Units: 2, seniorUnits: 1, unitsPerFaculty: 2 };
    expect([facultyNeeded(1, 0, params), facultyNeeded(2, 0, params), facultyNeeded(0, 3, params)]).toEqual([1, 2, 2]);
    const doc = clinic(2, 0, 1).parameters({ supervision: { unitsPerFaculty: 2 } }).build();
    expect(findingsOf(doc, 'program.supervision')).toMatchObject([{ limit: 2 }]);
  });
});

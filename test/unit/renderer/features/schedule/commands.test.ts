import { describe, expect, it } from 'vitest';
import {
  applyAssignments,
  applyCall,
  applyOverride,
  callInverse,
  callUnchanged,
  effectiveChanges,
  inverseOf,
  overrideInverse,
  overrideUnchanged,
} from '../../../../../src/renderer/features/schedule/store/commands';
import type { ScheduleDocument } from '../../../../../src/shared/domain';

const doc = (assignments: ScheduleDocument['assignments']) => ({ assignments }) as ScheduleDocument;
const withSlots = (overrides: ScheduleDocument['overrides'], calls: ScheduleDocument['calls'] = []) => ({ overrides, calls }) as ScheduleDocument;
const OFF = { personId: 'ben', date: '2025-07-10', slot: 'PM' as const, activity: 'off' as const, reason: 'Teaching' };
const slot = { personId: 'ben', date: '2025-07-10', slot: 'PM' as const };
const A = { personId: 'ana', block: 1, rotationId: 'icu' };

describe('edit commands', () => {
  it('the inverse of a change puts back what was there, or clears a block that was empty', () => {
    const before = doc([A]);
    expect(inverseOf(before, [{ personId: 'ana', block: 1, rotationId: 'wards' }, { personId: 'ana', block: 2, rotationId: 'nf' }])).toEqual([
      { personId: 'ana', block: 1, rotationId: 'icu' },
      { personId: 'ana', block: 2, rotationId: null },
    ]);
  });

  it('applying a change and then its inverse gives back the same assignments', () => {
    const before = doc([A, { personId: 'ben', block: 1, rotationId: 'wards' }]);
    const change = [{ personId: 'ana', block: 1, rotationId: null }, { personId: 'ben', block: 3, rotationId: 'icu' }];
    const after = applyAssignments(before, change);
    expect(after.assignments).toHaveLength(2);
    const back = applyAssignments(after, inverseOf(before, change));
    const sorted = (d: ScheduleDocument) => [...d.assignments].sort((x, y) => `${x.personId}${x.block}`.localeCompare(`${y.personId}${y.block}`));
    expect(sorted(back)).toEqual(sorted(before));
  });

  it('changes that would alter nothing are dropped', () => {
    expect(effectiveChanges(doc([A]), [A, { personId: 'ana', block: 2, rotationId: null }])).toEqual([]);
  });
});

describe('override commands', () => {
  it('the inverse of a new override removes it; of a changed one, puts the old one back with its reason', () => {
    expect(overrideInverse(withSlots([]), { ...slot, override: { activity: 'off', reason: 'Sick child' } })).toEqual({ ...slot, override: null });
    expect(overrideInverse(withSlots([{ ...OFF, rotationId: 'clinic', hours: 4 }]), { ...slot, override: null })).toEqual({
      ...slot,
      override: { activity: 'off', reason: 'Teaching', rotationId: 'clinic', hours: 4 },
    });
  });

  it('applying an override and then its inverse gives back the same overrides', () => {
    const before = withSlots([OFF, { ...OFF, date: '2025-07-11' }]);
    const edit = { ...slot, override: { activity: 'work' as const, rotationId: 'icu', reason: 'Cover' } };
    const after = applyOverride(before, edit);
    expect(after.overrides.filter((o) => o.date === '2025-07-10')).toEqual([{ ...slot, activity: 'work', rotationId: 'icu', reason: 'Cover' }]);
    const back = applyOverride(after, overrideInverse(before, edit));
    expect([...back.overrides].sort((a, b) => a.date.localeCompare(b.date))).toEqual(before.overrides);
  });

  it('an override the slot already has, or removing one it lacks, changes nothing', () => {
    expect(overrideUnchanged(withSlots([OFF]), { ...slot, override: { activity: 'off', reason: 'Teaching' } })).toBe(true);
    expect(overrideUnchanged(withSlots([OFF]), { ...slot, override: { activity: 'off', reason: 'Another reason' } })).toBe(false);
    expect(overrideUnchanged(withSlots([]), { ...slot, override: null })).toBe(true);
  });
});

describe('call commands', () => {
  const CALL = { personId: 'chloe', date: '2025-07-11', kind: 'in-house' as const, startTime: '18:00', hours: 14 };

  it('the inverse of giving a call to someone gives it back to who had it, with the same start and length', () => {
    expect(callInverse(withSlots([], [CALL]), { date: '2025-07-11', kind: 'in-house', personId: 'ben' })).toEqual({
      date: '2025-07-11',
      kind: 'in-house',
      personId: 'chloe',
      startTime: '18:00',
      hours: 14,
    });
  });

  it('the inverse of a new call clears it, and calls of another kind that night are left alone', () => {
    const before = withSlots([], [{ personId: 'ana', date: '2025-07-11', kind: 'backup' }]);
    const edit = { date: '2025-07-11', kind: 'in-house' as const, personId: 'ben' };
    expect(callInverse(before, edit)).toEqual({ date: '2025-07-11', kind: 'in-house', personId: null });
    const back = applyCall(applyCall(before, edit), callInverse(before, edit));
    expect(back.calls).toEqual(before.calls);
  });

  it('giving a call to whoever already has it, or clearing an empty one, changes nothing', () => {
    expect(callUnchanged(withSlots([], [CALL]), { date: CALL.date, kind: CALL.kind, personId: 'chloe', startTime: '18:00', hours: 14 })).toBe(true);
    expect(callUnchanged(withSlots([], [CALL]), { date: CALL.date, kind: CALL.kind, personId: 'ben' })).toBe(false);
    expect(callUnchanged(withSlots([]), { date: CALL.date, kind: CALL.kind, personId: null })).toBe(true);
  });
});

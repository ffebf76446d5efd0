// Full validation: the order, the shape of every finding, and what the program switches off.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Finding, RULE_IDS } from '../../../../../../src/shared/domain';
import { validateSchedule } from '../../../../../../src/main/core/scheduling/engine';
import { day, ScheduleBuilder } from './schedule-builder';

/** A schedule that breaks almost every rule at once. */
function troubled(disabledRules: string[] = []) {
  return new ScheduleBuilder({ parameters: { disabledRules, dayOffInSeven: { maxConsecutiveWorkDays: 6 } } })
    .rotation('ward', { name: 'Wards', pattern: { am: 'W', pm: 'W' }, capacity: { min: 2, max: 4 }, pgyEligible: [2, 3], leaveEligible: false })
    .rotation('nf', { nightFloat: true, pattern: { night: 'NF' } })
    .resident('lee', 1, { name: 'Dr Lee' })
    .resident('kim', 2, { name: 'Dr Kim' })
    .assign('lee', 1, 'ward')
    .assign('kim', 2, 'nf')
    .call('lee', day(2))
    .call('lee', day(4), 'in-house', { startTime: '07:00', hours: 24 })
    .extra('lee', day(5), '11:00', 6)
    .override('lee', day(8), 'NIGHT', 'work', { hours: 8 })
    .absence('lee', day(10), day(12))
    .call('kim', day(0), 'in-house')
    .call('kim', day(2), 'in-house')
    .call('kim', day(4), 'in-house')
    .call('kim', day(6), 'in-house')
    .call('kim', day(8), 'in-house')
    .call('kim', day(10), 'in-house')
    .call('kim', day(12), 'in-house')
    .call('kim', day(14), 'in-house')
    .call('kim', day(16), 'in-house')
    .call('kim', day(18), 'in-house');
}

describe('validateSchedule', () => {
  it('reports every rule of RULE_IDS on a schedule that breaks them all', () => {
    const ids = new Set(validateSchedule(troubled().build()).map((f) => f.ruleId));
    expect([...RULE_IDS].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('produces findings that satisfy the shared Finding schema, with unique keys', () => {
    const found = validateSchedule(troubled().build());
    for (const f of found) expect(Finding.parse(f)).toEqual(f);
    expect(new Set(found.map((f) => f.key)).size).toBe(found.length);
  });

  it('sorts errors first, then by date, then by person', () => {
    const found = validateSchedule(troubled().build());
    const rank = found.map((f) => `${f.severity === 'error' ? 0 : 1}|${f.startDate}|${f.personId ?? ''}`);
    expect(rank).toEqual([...rank].sort());
  });

  it('skips every rule the program disabled, whichever they are', () => {
    fc.assert(
      fc.property(fc.subarray([...RULE_IDS]), (disabled) => {
        const found = validateSchedule(troubled(disabled).build());
        expect(found.filter((f) => disabled.includes(f.ruleId))).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });

  it('finds nothing in an empty year', () => {
    expect(validateSchedule(new ScheduleBuilder().rotation('ward').resident('lee').build())).toEqual([]);
  });

  it('ignores assignments to unknown blocks or rotations instead of failing', () => {
    const b = new ScheduleBuilder().rotation('ward').resident('lee');
    const doc = b.build();
    doc.assignments.push({ personId: 'lee', block: 40, rotationId: 'ward' }, { personId: 'lee', block: 1, rotationId: 'gone' });
    expect(validateSchedule(doc)).toEqual([]);
  });
});

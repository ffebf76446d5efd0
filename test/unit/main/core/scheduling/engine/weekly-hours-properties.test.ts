// Monotonicity of acgme.weekly-hours: more work can only keep or add violations, less can only keep or remove them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScheduleDocument } from '../../../../../../src/shared/domain';
import { validateSchedule } from '../../../../../../src/main/core/scheduling/engine';
import { applyEdit, documentArb, PEOPLE, RESIDENTS } from './arbitrary-schedule';

/** Worst weekly-hours error value per resident (0 when none). */
function worst(doc: ScheduleDocument): Map<string, number> {
  const out = new Map(RESIDENTS.map((r) => [r, 0]));
  for (const f of validateSchedule(doc)) {
    if (f.ruleId === 'acgme.weekly-hours' && f.severity === 'error') out.set(f.personId!, Math.max(out.get(f.personId!)!, f.measured));
  }
  return out;
}

const overloaded = documentArb.map((doc) => applyEdit(applyEdit(doc, { op: 'assign', person: 'r1', block: 1, rotation: 'ward' }), { op: 'assign', person: 'r2', block: 2, rotation: 'ward' }));

describe('acgme.weekly-hours properties', () => {
  it('adding work (a call or extra duty) never removes or lowers a weekly-hours violation', () => {
    const added = fc.oneof(
      fc.record({ op: fc.constant('call' as const), person: fc.constantFrom(...PEOPLE), day: fc.integer({ min: 0, max: 83 }), kind: fc.constant('in-house' as const), startHour: fc.constantFrom(7, 19), hours: fc.constantFrom(12, 24) }),
      fc.record({ op: fc.constant('extra' as const), person: fc.constantFrom(...PEOPLE), day: fc.integer({ min: 0, max: 83 }), startHour: fc.integer({ min: 0, max: 23 }), hours: fc.constantFrom(4, 8) }),
    );
    fc.assert(
      fc.property(overloaded, added, (doc, e) => {
        const before = worst(doc);
        const after = worst(applyEdit(doc, e));
        for (const [r, v] of before) expect(after.get(r)!).toBeGreaterThanOrEqual(v);
      }),
      { numRuns: 40 },
    );
  });

  it('removing a block assignment never creates or raises a weekly-hours violation', () => {
    fc.assert(
      fc.property(overloaded, fc.nat(), (doc, pick) => {
        const a = doc.assignments[pick % doc.assignments.length]!;
        const before = worst(doc);
        const after = worst(applyEdit(doc, { op: 'assign', person: a.personId, block: a.block, rotation: null }));
        for (const [r, v] of after) expect(v).toBeLessThanOrEqual(before.get(r)!);
      }),
      { numRuns: 40 },
    );
  });
});

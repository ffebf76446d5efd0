// Finding keys are unique in every findings list: the renderer uses them as React keys and as
// selection ids, so two findings sharing one would hide a problem or select the wrong one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScheduleDocument } from '../../../../../../src/shared/domain';
import { createIncrementalValidator, validateSchedule } from '../../../../../../src/main/core/scheduling/engine';
import { applyEdit, documentArb, type Edit, editArb } from './arbitrary-schedule';

/** A crowded week for one resident: long calls and extra duty close together, where rest findings pile up. */
const crowdedWeek: fc.Arbitrary<Edit[]> = fc.array(
  fc.oneof(
    fc.record({ op: fc.constant('call' as const), person: fc.constant('r1'), day: fc.integer({ min: 0, max: 6 }), kind: fc.constant('in-house' as const), startHour: fc.constantFrom(7, 17, 19), hours: fc.constantFrom(24, 26) }),
    fc.record({ op: fc.constant('extra' as const), person: fc.constant('r1'), day: fc.integer({ min: 0, max: 6 }), startHour: fc.integer({ min: 0, max: 23 }), hours: fc.constantFrom(4, 8) }),
  ),
  { minLength: 2, maxLength: 12 },
);

const schedules: fc.Arbitrary<ScheduleDocument> = fc.tuple(documentArb, crowdedWeek).map(([doc, edits]) => edits.reduce(applyEdit, doc));

const duplicates = (keys: readonly string[]) => keys.filter((k, i) => keys.indexOf(k) !== i);

describe('finding keys', () => {
  it('are unique in the findings of any schedule', () => {
    fc.assert(
      fc.property(schedules, (doc) => {
        expect(duplicates(validateSchedule(doc).map((f) => f.key))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('stay unique in the incremental validator’s findings after an edit', () => {
    fc.assert(
      fc.property(schedules, editArb, (doc, e) => {
        const v = createIncrementalValidator(doc);
        const after = applyEdit(doc, e);
        const found = v.update(after, { personIds: [e.person] });
        expect(duplicates(found.map((f) => f.key))).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});

// The incremental validator must always answer what a full validation of the new document answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIncrementalValidator, validateSchedule } from '../../../../../../src/main/core/scheduling/engine';
import { applyEdit, baseDocument, documentArb, editArb } from './arbitrary-schedule';

describe('createIncrementalValidator', () => {
  it('starts with the findings of a full validation', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        expect(createIncrementalValidator(doc).findings()).toEqual(validateSchedule(doc));
      }),
      { numRuns: 20 },
    );
  });

  it('after any sequence of per-person edits, equals a full validation of the edited document', () => {
    fc.assert(
      fc.property(documentArb, fc.array(editArb, { minLength: 1, maxLength: 8 }), (start, edits) => {
        const v = createIncrementalValidator(start);
        let doc = start;
        for (const e of edits) {
          doc = applyEdit(doc, e);
          expect(v.update(doc, { personIds: [e.person] })).toEqual(validateSchedule(doc));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('notices a structural change (a rotation edited) even when only a person is named', () => {
    const doc = applyEdit(applyEdit(baseDocument(), { op: 'assign', person: 'r1', block: 1, rotation: 'ward' }), { op: 'assign', person: 'r2', block: 1, rotation: 'ward' });
    const v = createIncrementalValidator(doc);
    const next = structuredClone(doc);
    next.rotations[0]!.capacity = { min: 3, max: 4 };
    expect(v.update(next, { personIds: ['r1'] })).toEqual(validateSchedule(next));
    expect(v.findings().some((f) => f.ruleId === 'program.coverage' && f.rotationId === 'ward')).toBe(true);
  });

  it('recomputes everything when asked for all', () => {
    const doc = baseDocument();
    const v = createIncrementalValidator(doc);
    const next = applyEdit(doc, { op: 'assign', person: 'r1', block: 2, rotation: 'icu' });
    expect(v.update(next, { all: true })).toEqual(validateSchedule(next));
  });
});

import { describe, expect, it } from 'vitest';
import { checkCrossReferences } from '../../../src/cli/schedule-file/cross-references';
import { ScheduleDocument, type ScheduleDocumentInput } from '../../../src/shared/domain';
import { smallSchedule } from './schedule-fixture';

const check = (edit: (d: ScheduleDocumentInput) => void) => {
  const doc = smallSchedule();
  edit(doc);
  return checkCrossReferences(ScheduleDocument.parse(doc)).map((p) => ({ path: p.path, message: p.message }));
};

describe('checkCrossReferences', () => {
  it('finds nothing wrong in a consistent document', () => {
    expect(check(() => {})).toEqual([]);
  });

  it('names a reference to an unknown person, rotation or block where it is made', () => {
    expect(
      check((d) => {
        d.assignments.push({ personId: 'r9', block: 7, rotationId: 'icu' });
        d.calls = [{ personId: 'f9', date: '2025-07-04', kind: 'in-house' }];
        d.overrides = [{ personId: 'r1', date: '2025-07-02', slot: 'AM', activity: 'work', rotationId: 'er', reason: 'cover' }];
      }),
    ).toEqual([
      { path: ['assignments', 2, 'personId'], message: 'Unknown person "r9": no entry in $.people has this id' },
      { path: ['assignments', 2, 'rotationId'], message: 'Unknown rotation "icu": no entry in $.rotations has this id' },
      { path: ['assignments', 2, 'block'], message: 'Unknown block 7: no entry in $.academicYear.blocks has this number' },
      { path: ['overrides', 0, 'rotationId'], message: 'Unknown rotation "er": no entry in $.rotations has this id' },
      { path: ['calls', 0, 'personId'], message: 'Unknown person "f9": no entry in $.people has this id' },
    ]);
  });

  it('names the second use of an id and where the first one is', () => {
    expect(
      check((d) => {
        d.people.push({ id: 'r1', kind: 'resident', pgy: 1 });
        d.rotations[2]!.code = 'CLINIC';
      }),
    ).toEqual([
      { path: ['people', 3, 'id'], message: 'Duplicate person id "r1": already used at $.people[0].id' },
      { path: ['rotations', 2, 'code'], message: 'Duplicate rotation code "CLINIC": already used at $.rotations[0].code' },
    ]);
  });

  it('refuses two rotations for one resident in one block, whose grid would be ambiguous', () => {
    expect(check((d) => d.assignments.push({ personId: 'r1', block: 1, rotationId: 'wards' }))).toEqual([
      { path: ['assignments', 2], message: 'Duplicate assignment of person "r1" to block 1: already used at $.assignments[0]' },
    ]);
  });

  it('holds blocks to the layout the app enforces: back to back, numbered in order, inside the year', () => {
    expect(check((d) => (d.academicYear.blocks[1]!.startDate = '2025-07-30'))).toEqual([
      { path: ['academicYear', 'blocks', 1, 'startDate'], message: 'Block 2 must start the day after block 1 ends (2025-07-29)' },
    ]);
    expect(check((d) => (d.academicYear.blocks[1]!.number = 3))).toEqual([
      { path: ['academicYear', 'blocks', 1, 'number'], message: 'Block numbers must follow each other: 1 is followed by 3' },
    ]);
    expect(check((d) => (d.academicYear.blocks[1]!.endDate = '2025-09-01'))).toEqual([
      { path: ['academicYear', 'blocks', 1], message: 'Block 2 (2025-07-29 to 2025-09-01) is not inside the academic year' },
    ]);
  });
});

// Test support: a small schedule document the format accepts, written out the way a person would
// (2-space JSON), and a helper to find where a piece of text sits in it as line:column.
import type { ScheduleDocumentInput } from '../../../src/shared/domain';

const off = { am: null, pm: null, night: null };
const clinic = { am: 'clinic', pm: 'clinic', night: null };

export function smallSchedule(): ScheduleDocumentInput {
  return {
    formatVersion: 1,
    program: { code: 'IM-TEST' },
    academicYear: {
      label: '2025-26',
      startDate: '2025-07-01',
      endDate: '2025-08-25',
      blocks: [
        { number: 1, startDate: '2025-07-01', endDate: '2025-07-28' },
        { number: 2, startDate: '2025-07-29', endDate: '2025-08-25' },
      ],
    },
    people: [
      { id: 'r1', kind: 'resident', pgy: 2 },
      { id: 'r2', kind: 'resident', pgy: 3 },
      { id: 'f1', kind: 'faculty', facultyRole: 'core-faculty' },
    ],
    rotations: ['clinic', 'wards', 'elective'].map((id) => ({
      id,
      code: id.toUpperCase(),
      name: id,
      colour: '#336699',
      capacity: { min: 0, max: 2 },
      pattern: { mon: clinic, tue: clinic, wed: clinic, thu: clinic, fri: clinic, sat: off, sun: off },
    })),
    assignments: [
      { personId: 'r1', block: 1, rotationId: 'clinic' },
      { personId: 'r2', block: 1, rotationId: 'wards' },
    ],
  };
}

export const pretty = (doc: unknown): string => JSON.stringify(doc, null, 2);

/** 1-based line and column of the `nth` occurrence (0-based) of `needle` in `text`, as `line:column`. */
export function whereIs(text: string, needle: string, nth = 0): string {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurs fewer than ${nth + 1} times`);
  }
  const before = text.slice(0, at).split('\n');
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}

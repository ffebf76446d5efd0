// fast-check arbitraries for the engine's property tests (tests only): small random years of
// three 28-day blocks with four rotations, four residents and two faculty, and random per-person
// edits. Override work always names its rotation, so only the assignment decides template hours.
import fc from 'fast-check';
import type { ScheduleDocument } from '../../../../../../src/shared/domain';
import { day, ScheduleBuilder } from './schedule-builder';

export const RESIDENTS = ['r1', 'r2', 'r3', 'r4'];
export const FACULTY = ['f1', 'f2'];
export const PEOPLE = [...RESIDENTS, ...FACULTY];
export const ROTATIONS = ['ward', 'clinic', 'nf', 'icu'];
const DAYS = 84;

export type Edit =
  | { op: 'assign'; person: string; block: number; rotation: string | null }
  | { op: 'call'; person: string; day: number; kind: 'in-house' | 'at-home' | 'backup'; startHour: number; hours: number }
  | { op: 'uncall'; person: string }
  | { op: 'override'; person: string; day: number; slot: 'AM' | 'PM' | 'NIGHT'; work: boolean; rotation: string; hours: number }
  | { op: 'extra'; person: string; day: number; startHour: number; hours: number }
  | { op: 'absence'; person: string; day: number; length: number; type: 'vacation' | 'education' };

const person = fc.constantFrom(...PEOPLE);
const dayIdx = fc.integer({ min: 0, max: DAYS - 1 });

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('assign' as const), person, block: fc.integer({ min: 1, max: 3 }), rotation: fc.option(fc.constantFrom(...ROTATIONS), { nil: null }) }),
  fc.record({ op: fc.constant('call' as const), person, day: dayIdx, kind: fc.constantFrom('in-house' as const, 'at-home' as const, 'backup' as const), startHour: fc.constantFrom(7, 17, 19), hours: fc.constantFrom(12, 24, 26) }),
  fc.record({ op: fc.constant('uncall' as const), person }),
  fc.record({ op: fc.constant('override' as const), person, day: dayIdx, slot: fc.constantFrom('AM' as const, 'PM' as const, 'NIGHT' as const), work: fc.boolean(), rotation: fc.constantFrom(...ROTATIONS), hours: fc.constantFrom(4, 6, 12) }),
  fc.record({ op: fc.constant('extra' as const), person, day: dayIdx, startHour: fc.integer({ min: 0, max: 23 }), hours: fc.constantFrom(4, 8) }),
  fc.record({ op: fc.constant('absence' as const), person, day: dayIdx, length: fc.integer({ min: 1, max: 10 }), type: fc.constantFrom('vacation' as const, 'education' as const) }),
);

const hhmm = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** The document after an edit (a new object; the input is left as it was). */
export function applyEdit(doc: ScheduleDocument, e: Edit): ScheduleDocument {
  const next = structuredClone(doc);
  switch (e.op) {
    case 'assign':
      next.assignments = next.assignments.filter((a) => !(a.personId === e.person && a.block === e.block));
      if (e.rotation) next.assignments.push({ personId: e.person, block: e.block, rotationId: e.rotation });
      break;
    case 'call':
      next.calls.push({ personId: e.person, date: day(e.day), kind: e.kind, startTime: hhmm(e.startHour), hours: e.hours });
      break;
    case 'uncall': {
      const i = next.calls.findIndex((c) => c.personId === e.person);
      if (i >= 0) next.calls.splice(i, 1);
      break;
    }
    case 'override':
      next.overrides.push({ personId: e.person, date: day(e.day), slot: e.slot, activity: e.work ? 'work' : 'off', rotationId: e.rotation, hours: e.hours, reason: 'edit' });
      break;
    case 'extra':
      next.extraDuty.push({ personId: e.person, date: day(e.day), startTime: hhmm(e.startHour), hours: e.hours, kind: 'moonlighting' });
      break;
    case 'absence':
      next.absences.push({ personId: e.person, startDate: day(e.day), endDate: day(Math.min(DAYS - 1, e.day + e.length)), type: e.type, status: 'approved' });
      break;
  }
  return next;
}

/** The fixed frame: rotations and people; content comes from edits. */
export function baseDocument(): ScheduleDocument {
  const b = new ScheduleBuilder({ blocks: 3 })
    .rotation('ward', { pattern: { am: 'W', pm: 'W' }, capacity: { min: 1, max: 2 } })
    .rotation('clinic', { capacity: { min: 0, max: 3 } })
    .rotation('nf', { nightFloat: true, pattern: { night: 'NF', on: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] }, supervised: false })
    .rotation('icu', { pattern: { am: 'I', pm: 'I', night: 'I', on: ['mon', 'wed', 'fri'] }, pgyEligible: [2, 3], requiredCredentials: ['ACLS'], leaveEligible: false });
  RESIDENTS.forEach((id, i) => b.resident(id, (i % 3) + 1, i % 2 ? { credentials: ['ACLS'] } : {}));
  FACULTY.forEach((id) => b.faculty(id));
  return b.build();
}

/** A random document: the frame plus a batch of edits. */
export const documentArb: fc.Arbitrary<ScheduleDocument> = fc.array(editArb, { minLength: 0, maxLength: 30 }).map((edits) => edits.reduce(applyEdit, baseDocument()));

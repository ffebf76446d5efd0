// Owns building the ScheduleDocument of one program's year from the live (draft) tables: what the
// rule engine validates and what publishing freezes. People are the year's active roster, named
// from their decrypted records (names stay in main's memory), plus inactive people who still have
// scheduled work; items of anyone else are left out.
import { RuleParameters, SCHEDULE_FORMAT_VERSION, type ScheduleDocument, type SchedulePerson } from '../../../shared/domain';
import {
  absencesOfYear,
  type AcademicYearRow,
  assignmentsOfYear,
  callsOfYear,
  extraDutyOfYear,
  holidaysOfYear,
  overridesOfYear,
  type ReadableDb,
  rosterOfYear,
  rotationsOfYear,
  ruleParametersOf,
} from '../store';
import { blocksOf, type SchedulingDeps } from './internal/context';
import { credentialsOf, facultyRoleOf, rotationOf } from './internal/rows';
import { overrideReasonRef } from './internal/sealed-fields';

export function programParameters(db: ReadableDb, programId: string): RuleParameters {
  const row = ruleParametersOf(db, programId);
  return row ? (JSON.parse(row.body) as RuleParameters) : RuleParameters.parse({});
}

export function buildDocument(deps: SchedulingDeps, db: ReadableDb, year: AcademicYearRow): ScheduleDocument {
  const program = deps.programs.require(year.program_id);
  const people = new Map(deps.people.list(year.program_id).map((p) => [p.id, p]));
  const assignments = assignmentsOfYear(db, year.id);
  const overrides = overridesOfYear(db, year.id);
  const calls = callsOfYear(db, year.id);
  const extra = extraDutyOfYear(db, year.id);
  // Someone marked inactive mid-year keeps the work already scheduled for them: their past is part
  // of the published record and still counts for the rules (a resident who left in January worked
  // July to December). Inactive people with nothing scheduled are left out.
  const scheduled = new Set([...assignments, ...overrides, ...calls, ...extra].map((r) => r.person_id));
  const roster: SchedulePerson[] = [];
  for (const r of rosterOfYear(db, year.id)) {
    const person = people.get(r.person_id);
    if (!person || (r.active !== 1 && !scheduled.has(r.person_id))) continue;
    const role = facultyRoleOf(r);
    roster.push({
      id: r.person_id,
      kind: person.kind,
      name: person.name,
      ...(r.pgy !== null ? { pgy: r.pgy } : {}),
      ...(role !== null ? { facultyRole: role } : {}),
      credentials: credentialsOf(r),
    });
  }
  const onRoster = new Set(roster.map((p) => p.id));
  const mine = <T extends { person_id: string }>(rows: T[]) => rows.filter((r) => onRoster.has(r.person_id));

  return {
    formatVersion: SCHEDULE_FORMAT_VERSION,
    program: { code: program.code, name: program.name },
    parameters: programParameters(db, year.program_id),
    academicYear: { label: year.label, startDate: year.start_date, endDate: year.end_date, blocks: blocksOf(db, year.id) },
    people: roster,
    rotations: rotationsOfYear(db, year.id).map(rotationOf),
    assignments: mine(assignments).map((a) => ({ personId: a.person_id, block: a.block, rotationId: a.rotation_id })),
    overrides: mine(overrides).map((o) => ({
      personId: o.person_id,
      date: o.date,
      slot: o.slot,
      activity: o.activity,
      ...(o.rotation_id !== null ? { rotationId: o.rotation_id } : {}),
      ...(o.hours !== null ? { hours: o.hours } : {}),
      reason: deps.cipher.open(overrideReasonRef(o.program_id, o.id), o.reason_enc),
    })),
    calls: mine(calls).map((c) => ({
      personId: c.person_id,
      date: c.date,
      kind: c.kind,
      ...(c.start_time !== null ? { startTime: c.start_time } : {}),
      ...(c.hours !== null ? { hours: c.hours } : {}),
    })),
    extraDuty: mine(extra).map((e) => ({ personId: e.person_id, date: e.date, startTime: e.start_time, hours: e.hours, kind: e.kind })),
    absences: mine(absencesOfYear(db, year.id)).map((a) => ({
      id: a.id,
      personId: a.person_id,
      startDate: a.start_date,
      endDate: a.end_date,
      type: a.type,
      status: a.status,
      ...(a.blocking !== null ? { blocking: a.blocking === 1 } : {}),
    })),
    holidays: holidaysOfYear(db, year.id).map((h) => ({ date: h.date, name: h.name })),
  };
}

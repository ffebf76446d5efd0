// Owns the grouping of a document's per-person lists (assignments, overrides, calls, extra duty,
// absences) by person, for everyone or for the few people an edit touched.
import type {
  BlockAssignment,
  CallAssignment,
  ExtraDuty,
  HalfDayOverride,
  ScheduleAbsence,
  ScheduleDocument,
} from '../../../../../shared/domain';

export interface PersonInputs {
  readonly assignments: BlockAssignment[];
  readonly overrides: HalfDayOverride[];
  readonly calls: CallAssignment[];
  readonly extra: ExtraDuty[];
  readonly absences: ScheduleAbsence[];
}

export const emptyInputs = (): PersonInputs => ({ assignments: [], overrides: [], calls: [], extra: [], absences: [] });

/** Items of `doc` grouped by person id; with `only`, just those people (each present, maybe empty). */
export function groupByPerson(doc: ScheduleDocument, only?: ReadonlySet<string>): Map<string, PersonInputs> {
  const out = new Map<string, PersonInputs>();
  if (only) for (const id of only) out.set(id, emptyInputs());
  const slot = (personId: string): PersonInputs | undefined => {
    let v = out.get(personId);
    if (!v && !only) {
      v = emptyInputs();
      out.set(personId, v);
    }
    return v;
  };
  for (const a of doc.assignments) slot(a.personId)?.assignments.push(a);
  for (const o of doc.overrides ?? []) slot(o.personId)?.overrides.push(o);
  for (const c of doc.calls ?? []) slot(c.personId)?.calls.push(c);
  for (const e of doc.extraDuty ?? []) slot(e.personId)?.extra.push(e);
  for (const a of doc.absences ?? []) slot(a.personId)?.absences.push(a);
  return out;
}

// Owns full validation: expand every person, run every enabled rule, sort the findings.
import type { Finding, ScheduleDocument } from '../../../../shared/domain';
import { type CompiledSchedule, compileSchedule } from './compile';
import { expandPerson, type PersonTimeline } from './expand-person';
import { emptyInputs, groupByPerson } from './internal/person-inputs';
import { blockFindings, personFindings, sortFindings } from './internal/run-rules';

/** Every person's timeline, in the document's people order. */
export function expandAll(s: CompiledSchedule): PersonTimeline[] {
  const inputs = groupByPerson(s.doc);
  return s.people.map((p) => expandPerson(s, p.id, inputs.get(p.id) ?? emptyInputs()));
}

export function validateSchedule(doc: ScheduleDocument): Finding[] {
  const s = compileSchedule(doc);
  const people = expandAll(s);
  const out: Finding[] = [];
  for (const t of people) out.push(...personFindings(s, t));
  for (let b = 0; b < s.blocks.length; b++) out.push(...blockFindings(s, b, people));
  return sortFindings(out);
}

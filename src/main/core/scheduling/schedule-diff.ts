// Owns comparing two schedule documents (two versions, or a version and the draft): one item per
// assignment, override, call, extra duty, absence, rotation, holiday, roster entry or parameter that differs,
// with the same short summaries the change log keeps, and the subject that links it to the log.
import type { ScheduleChange, ScheduleDocument } from '../../../shared/domain';
import { subjects } from './internal/change-log';
import {
  absenceSummary,
  assignmentSummary,
  blockSummary,
  callSummary,
  extraDutySummary,
  overrideSummary,
  parameterChanges,
  parametersSummary,
  rosterSummary,
  rotationSummary,
} from './internal/summaries';

export type DiffItem = Omit<ScheduleChange, 'changedBy' | 'changedAt'> & { subject: string };

function pairs<T>(a: readonly T[], b: readonly T[], key: (x: T) => string): [string, T | null, T | null][] {
  const left = new Map(a.map((x) => [key(x), x]));
  const right = new Map(b.map((x) => [key(x), x]));
  const keys = [...new Set([...left.keys(), ...right.keys()])].sort();
  return keys.map((k) => [k, left.get(k) ?? null, right.get(k) ?? null]);
}

export function diffDocuments(from: ScheduleDocument, to: ScheduleDocument): DiffItem[] {
  const codes = new Map([...from.rotations, ...to.rotations].map((r) => [r.id, r.code]));
  const out: DiffItem[] = [];
  const push = (item: DiffItem) => {
    if (item.before !== item.after) out.push(item);
  };

  for (const [subject, a, b] of pairs(from.rotations, to.rotations, (r) => r.id)) {
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    const before = rotationSummary(a);
    let after = rotationSummary(b);
    if (before === after) after = `${after} (settings changed)`;
    push({ kind: 'rotation', subject, before, after });
  }
  for (const [subject, a, b] of pairs(from.people, to.people, (p) => p.id)) {
    push({ kind: 'roster', subject, personId: subject, before: rosterSummary(a), after: rosterSummary(b) });
  }
  for (const [subject, a, b] of pairs(from.assignments, to.assignments, (x) => subjects.assignment(x.personId, x.block))) {
    const x = (a ?? b)!;
    push({ kind: 'assignment', subject, personId: x.personId, block: x.block, before: assignmentSummary(a?.rotationId ?? null, codes), after: assignmentSummary(b?.rotationId ?? null, codes) });
  }
  for (const [subject, a, b] of pairs(from.overrides, to.overrides, (x) => subjects.override(x.personId, x.date, x.slot))) {
    const x = (a ?? b)!;
    const before = overrideSummary(a, codes);
    let after = overrideSummary(b, codes);
    // Only the reason changed: say so without saying it.
    if (a && b && before === after && a.reason !== b.reason) after = `${after} (reason changed)`;
    push({ kind: 'override', subject, personId: x.personId, date: x.date, slot: x.slot, before, after });
  }
  for (const [subject, a, b] of pairs(from.calls, to.calls, (x) => subjects.call(x.date, x.kind))) {
    const x = (a ?? b)!;
    push({ kind: 'call', subject, personId: b?.personId ?? x.personId, date: x.date, before: callSummary(a), after: callSummary(b) });
  }
  for (const [subject, a, b] of pairs(from.extraDuty, to.extraDuty, (x) => subjects.extraDuty(x.personId, x.date, x.kind))) {
    const x = (a ?? b)!;
    push({ kind: 'extra-duty', subject, personId: x.personId, date: x.date, before: extraDutySummary(a), after: extraDutySummary(b) });
  }
  for (const [subject, a, b] of pairs(from.absences, to.absences, (x) => x.id ?? `${x.personId}|${x.startDate}|${x.type}`)) {
    const x = (a ?? b)!;
    push({ kind: 'absence', subject, personId: x.personId, date: x.startDate, before: absenceSummary(a), after: absenceSummary(b) });
  }
  for (const [, a, b] of pairs(from.academicYear.blocks, to.academicYear.blocks, (x) => String(x.number).padStart(3, '0'))) {
    const x = (a ?? b)!;
    push({ kind: 'blocks', subject: subjects.block(x.number), block: x.number, before: blockSummary(a), after: blockSummary(b) });
  }
  for (const [subject, a, b] of pairs(from.holidays, to.holidays, (h) => h.date)) {
    push({ kind: 'holiday', subject, date: subject, before: a?.name ?? null, after: b?.name ?? null });
  }
  const params = parameterChanges(from.parameters, to.parameters);
  if (params.length) push({ kind: 'parameters', subject: subjects.parameters, before: parametersSummary(params, 1), after: parametersSummary(params, 2) });
  return out;
}

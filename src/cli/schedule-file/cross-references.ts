// Owns the checks a schema cannot make on a single value: ids that must be unique, references that
// must name something the document defines, and date ranges that must run forward. A document that
// fails them has no well-defined grid, so these are input errors (exit 2), not rule findings.
import { type AcademicYearSpan, blockLayoutProblems, type ScheduleDocument } from '../../shared/domain';
import type { JsonPath } from './json-locate';
import { formatJsonPath } from './json-path';
import type { InputProblem } from './problems';

/** `key` identifies the thing; `label` names it in the message. */
type Keyed = { key: string | number; label: string; path: JsonPath };

function duplicates(items: readonly Keyed[], what: string): InputProblem[] {
  const first = new Map<string | number, JsonPath>();
  const out: InputProblem[] = [];
  for (const { key, label, path } of items) {
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, path);
    else out.push({ path, message: `Duplicate ${what} ${label}: already used at ${formatJsonPath(earlier)}` });
  }
  return out;
}

const quoted = (s: string): string => JSON.stringify(s);

export function checkCrossReferences(doc: ScheduleDocument): InputProblem[] {
  const problems: InputProblem[] = [];
  const people = new Set(doc.people.map((p) => p.id));
  const rotations = new Set(doc.rotations.map((r) => r.id));
  const blocks = new Set(doc.academicYear.blocks.map((b) => b.number));

  problems.push(
    ...duplicates(doc.people.map((p, i) => ({ key: p.id, label: quoted(p.id), path: ['people', i, 'id'] })), 'person id'),
    ...duplicates(doc.rotations.map((r, i) => ({ key: r.id, label: quoted(r.id), path: ['rotations', i, 'id'] })), 'rotation id'),
    ...duplicates(doc.rotations.map((r, i) => ({ key: r.code, label: quoted(r.code), path: ['rotations', i, 'code'] })), 'rotation code'),
    ...duplicates(
      doc.academicYear.blocks.map((b, i) => ({ key: b.number, label: String(b.number), path: ['academicYear', 'blocks', i, 'number'] })),
      'block number',
    ),
    ...duplicates(
      doc.absences.flatMap((a, i) => (a.id === undefined ? [] : [{ key: a.id, label: quoted(a.id), path: ['absences', i, 'id'] }])),
      'absence id',
    ),
    // One rotation per resident per block: with two, the block's grid would be ambiguous.
    ...duplicates(
      doc.assignments.map((a, i) => ({ key: JSON.stringify([a.personId, a.block]), label: `of person ${quoted(a.personId)} to block ${a.block}`, path: ['assignments', i] })),
      'assignment',
    ),
  );

  const person = (id: string, path: JsonPath) => {
    if (!people.has(id)) problems.push({ path, message: `Unknown person ${quoted(id)}: no entry in $.people has this id` });
  };
  const rotation = (id: string | undefined, path: JsonPath) => {
    if (id !== undefined && !rotations.has(id)) problems.push({ path, message: `Unknown rotation ${quoted(id)}: no entry in $.rotations has this id` });
  };

  doc.assignments.forEach((a, i) => {
    person(a.personId, ['assignments', i, 'personId']);
    rotation(a.rotationId, ['assignments', i, 'rotationId']);
    if (!blocks.has(a.block)) problems.push({ path: ['assignments', i, 'block'], message: `Unknown block ${a.block}: no entry in $.academicYear.blocks has this number` });
  });
  doc.overrides.forEach((o, i) => {
    person(o.personId, ['overrides', i, 'personId']);
    rotation(o.rotationId, ['overrides', i, 'rotationId']);
  });
  doc.calls.forEach((c, i) => person(c.personId, ['calls', i, 'personId']));
  doc.extraDuty.forEach((d, i) => person(d.personId, ['extraDuty', i, 'personId']));
  doc.absences.forEach((a, i) => person(a.personId, ['absences', i, 'personId']));

  problems.push(...yearProblems(doc.academicYear));
  return problems;
}

/** The same layout the app enforces when a year is created (the shared block-layout rules). */
function yearProblems(year: AcademicYearSpan): InputProblem[] {
  const out: InputProblem[] = [];
  if (year.endDate < year.startDate) out.push({ path: ['academicYear', 'endDate'], message: 'The academic year ends before it starts' });
  for (const p of blockLayoutProblems(year.blocks, year)) {
    out.push({ path: p.field ? ['academicYear', 'blocks', p.index, p.field] : ['academicYear', 'blocks', p.index], message: p.message });
  }
  return out;
}

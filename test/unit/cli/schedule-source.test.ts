import { describe, expect, it } from 'vitest';
import { formatProblem, MAX_REPORTED_PROBLEMS, parseScheduleSource } from '../../../src/cli/schedule-file';
import { pretty, smallSchedule, whereIs } from './schedule-fixture';

const FILE = 'schedule.json';

function problemsOf(text: string): string[] {
  const r = parseScheduleSource(text, FILE);
  if (r.ok) throw new Error('expected problems, the file was accepted');
  return r.problems.map(formatProblem);
}

describe('parseScheduleSource', () => {
  it('accepts a correct file and fills the defaults', () => {
    const r = parseScheduleSource(pretty(smallSchedule()), FILE);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.doc.calls).toEqual([]);
      expect(r.doc.parameters.weeklyHours.limitHours).toBe(80);
      expect(r.doc.rotations[0]!.hoursPerHalfDay).toBe(6);
    }
  });

  it('reports a wrong type deep in the file at the value, with its JSON path', () => {
    const doc = smallSchedule();
    (doc.rotations[2]!.capacity as { min: unknown }).min = '1';
    const text = pretty(doc);
    expect(problemsOf(text)).toEqual([`${FILE}:${whereIs(text, '"1"')} $.rotations[2].capacity.min: Expected number, received string`]);
  });

  it('reports a syntax error at the offending character', () => {
    const text = pretty(smallSchedule()).replace('"code": "IM-TEST"', '"code": "IM-TEST",');
    expect(problemsOf(text)).toEqual([`${FILE}:${whereIs(text, '}', 0)} Invalid JSON: Expected a property name in double quotes, found '}'`]);
  });

  it('counts lines of a file written with CRLF and a byte-order mark as an editor shows them', () => {
    const lf = pretty(smallSchedule()).replace('"pgy": 3', '"pgy": "three"');
    const text = `\uFEFF${lf.replace(/\n/g, '\r\n')}`;
    expect(problemsOf(text)).toEqual([`${FILE}:${whereIs(lf, '"three"')} $.people[1].pgy: Expected number, received string`]);
  });

  it('points an unknown property at its name', () => {
    const doc = smallSchedule() as unknown as { people: Record<string, unknown>[] };
    doc.people[0]!['PGY'] = 2;
    const text = pretty(doc);
    expect(problemsOf(text)).toEqual([`${FILE}:${whereIs(text, '"PGY"')} $.people[0].PGY: Unknown property "PGY"`]);
  });

  it('points a missing property at the object that lacks it', () => {
    const doc = smallSchedule() as unknown as { program: Record<string, unknown> };
    doc.program = { name: 'no code' };
    const text = pretty(doc);
    expect(problemsOf(text)).toEqual([`${FILE}:${whereIs(text, '{\n    "name"')} $.program.code: Missing: expected string`]);
  });

  it('says which format version it reads when given another', () => {
    const text = pretty({ ...smallSchedule(), formatVersion: 2 });
    expect(problemsOf(text)).toEqual([`${FILE}:2:20 $.formatVersion: Unsupported format version: this resched reads formatVersion 1`]);
  });

  it('words our own format messages as what was expected', () => {
    const doc = smallSchedule();
    doc.academicYear.blocks[1]!.endDate = '2025/08/25';
    const text = pretty(doc);
    expect(problemsOf(text)).toEqual([`${FILE}:${whereIs(text, '"2025/08/25"')} $.academicYear.blocks[1].endDate: Expected a date written YYYY-MM-DD`]);
  });

  it('reports every schema problem, in file order', () => {
    const doc = smallSchedule();
    (doc.assignments[1] as { block: unknown }).block = 'one';
    (doc.people[0] as { kind: unknown }).kind = 'student';
    const text = pretty(doc);
    expect(problemsOf(text)).toEqual([
      `${FILE}:${whereIs(text, '"student"')} $.people[0].kind: Expected one of "resident"|"faculty"|"other"`,
      `${FILE}:${whereIs(text, '"one"')} $.assignments[1].block: Expected number, received string`,
    ]);
  });

  it('reports cross-reference problems with their location once the schema is satisfied', () => {
    const doc = smallSchedule();
    doc.assignments[1]!.rotationId = 'icu';
    const text = pretty(doc);
    expect(problemsOf(text)).toEqual([`${FILE}:${whereIs(text, '"icu"')} $.assignments[1].rotationId: Unknown rotation "icu": no entry in $.rotations has this id`]);
  });

  it(`shows at most ${MAX_REPORTED_PROBLEMS} problems and counts them all`, () => {
    const doc = smallSchedule();
    doc.assignments = Array.from({ length: 120 }, () => ({ personId: 'r1', block: 'x' as unknown as number, rotationId: 'clinic' }));
    const r = parseScheduleSource(pretty(doc), FILE);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.total).toBe(120);
      expect(r.problems).toHaveLength(MAX_REPORTED_PROBLEMS);
      expect(r.problems[0]!.path).toBe('$.assignments[0].block');
    }
  });

  it('treats an empty file as a syntax error at 1:1', () => {
    expect(problemsOf('')).toEqual([`${FILE}:1:1 Invalid JSON: Unexpected end of input: expected a value`]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildReport, findingLine, humanReport } from '../../../src/cli/schedule-file';
import { Finding } from '../../../src/shared/domain';

const finding = (over: Partial<Finding>): Finding =>
  Finding.parse({
    key: `${over.ruleId ?? 'acgme.weekly-hours'}|${over.personId ?? ''}|${over.startDate ?? '2025-07-01'}`,
    ruleId: 'acgme.weekly-hours',
    severity: 'error',
    personId: 'r1',
    startDate: '2025-07-01',
    endDate: '2025-07-28',
    measured: 84,
    limit: 80,
    unit: 'hours/week',
    explanation: 'Averages 84 h a week over 1–28 Jul 2025, above the 80 h limit.',
    suggestion: 'Remove about 16 hours of work in that window.',
    ...over,
  });

describe('validation report', () => {
  it('is valid with warnings only, and counts them', () => {
    const r = buildReport([finding({ severity: 'warning', measured: 78 })]);
    expect(r).toMatchObject({ valid: true, summary: { errors: 0, warnings: 1 } });
  });

  it('is invalid with any error finding', () => {
    expect(buildReport([finding({}), finding({ severity: 'warning', personId: 'r2' })])).toMatchObject({ valid: false, summary: { errors: 1, warnings: 1 } });
  });

  it('orders findings the same way whatever order the engine gave them in', () => {
    const a = finding({ severity: 'warning', ruleId: 'acgme.rest-between-shifts', unit: 'hours' });
    const b = finding({ ruleId: 'program.coverage', personId: undefined, rotationId: 'icu', block: 2, unit: 'residents' });
    const c = finding({ personId: 'r2' });
    const d = finding({});
    const keys = (fs: Finding[]) => buildReport(fs).findings.map((f) => `${f.severity} ${f.ruleId} ${f.personId ?? f.rotationId}`);
    expect(keys([a, b, c, d])).toEqual(['error acgme.weekly-hours r1', 'error acgme.weekly-hours r2', 'error program.coverage icu', 'warning acgme.rest-between-shifts r1']);
    expect(keys([d, c, b, a])).toEqual(keys([a, b, c, d]));
  });

  it('shows one line per finding with severity, rule, subject, dates, measured and limit, explanation and fix', () => {
    expect(findingLine(finding({}))).toBe(
      'error    acgme.weekly-hours  person r1  2025-07-01..2025-07-28  measured 84 hours/week, limit 80  Averages 84 h a week over 1–28 Jul 2025, above the 80 h limit. Fix: Remove about 16 hours of work in that window.',
    );
    expect(findingLine(finding({ ruleId: 'program.coverage', personId: undefined, rotationId: 'icu', block: 2, startDate: '2025-07-29', endDate: '2025-07-29' }))).toContain(
      'program.coverage  rotation icu, block 2  2025-07-29  ',
    );
  });

  it('groups errors before warnings and ends with the verdict', () => {
    const text = humanReport(buildReport([finding({ severity: 'warning', personId: 'r2' }), finding({})]), 'year.json');
    const lines = text.split('\n');
    expect(lines[0]).toBe('Errors (1):');
    expect(lines[1]).toMatch(/^ {2}error {4}acgme\.weekly-hours {2}person r1 /);
    expect(lines[3]).toBe('Warnings (1):');
    expect(lines.at(-1)).toBe('year.json: NOT VALID — 1 error, 1 warning');
  });

  it('says valid with nothing else when there are no findings', () => {
    expect(humanReport(buildReport([]), 'year.json')).toBe('year.json: valid — 0 errors, 0 warnings');
  });
});

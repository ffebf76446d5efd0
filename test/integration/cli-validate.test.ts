// `resched validate` run as a script or an auditor would: the built CLI on the documented example
// files and on broken copies of them, checking exit codes, findings and exact error locations.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../support/temp-dir';
import { ROOT, runCli } from './support/cli';

const VALID = path.join(ROOT, 'docs/formats/examples/valid-schedule.json');
const VIOLATIONS = path.join(ROOT, 'docs/formats/examples/violations-schedule.json');
const tempDir = useTempDirs();

/** Writes `text` to schedule.json in a fresh folder; returns its path. */
function scheduleFile(text: string): string {
  const file = path.join(tempDir(), 'schedule.json');
  writeFileSync(file, text);
  return file;
}

/** 1-based line:column of the first `needle` in `text`. */
function whereIs(text: string, needle: string): string {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not found`);
  const lines = text.slice(0, at).split('\n');
  return `${lines.length}:${lines[lines.length - 1]!.length + 1}`;
}

describe('resched validate', () => {
  it('accepts the valid example with exit 0 and no findings', async () => {
    const r = await runCli(['validate', '--input', VALID]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(`${VALID}: valid — 0 errors, 0 warnings`);
  });

  it('reports the violating example’s findings with exit 1, as stable JSON with --json', async () => {
    const r = await runCli(['validate', '--input', VIOLATIONS, '--json']);
    expect(r.code, r.stderr).toBe(1);
    const out = JSON.parse(r.stdout) as { valid: boolean; summary: unknown; findings: { ruleId: string; severity: string; personId?: string; rotationId?: string }[] };
    expect(Object.keys(out)).toEqual(['valid', 'summary', 'findings']);
    expect(out.valid).toBe(false);
    expect(out.summary).toEqual({ errors: 6, warnings: 1 });
    expect(out.findings.map((f) => `${f.severity} ${f.ruleId} ${f.personId ?? f.rotationId}`)).toEqual([
      'error acgme.day-off-in-seven r-dia',
      'error acgme.rest-after-24h r-ben',
      'error acgme.weekly-hours r-dia',
      'error program.absence-conflict r-ada',
      'error program.coverage nights',
      'error program.eligibility r-cy',
      'warning acgme.rest-between-shifts r-cy',
    ]);
    expect(out.findings[2]).toMatchObject({ measured: 84, limit: 80, unit: 'hours/week', startDate: '2026-07-01' });
  });

  it('prints each finding on one line with its severity, rule, person, dates, measured value and limit', async () => {
    const r = await runCli(['validate', '--input', VIOLATIONS]);
    expect(r.code).toBe(1);
    const line = r.stdout.split('\n').find((l) => l.includes('acgme.weekly-hours'));
    expect(line).toMatch(/^ {2}error {4}acgme\.weekly-hours {2}person r-dia {2}2026-07-01\.\.2026-08-25 {2}measured 84 hours\/week, limit 80 {2}Dia Chen averages 84\.0 h\/week .* Fix: /);
    expect(r.stdout.trim().split('\n').at(-1)).toBe(`${VIOLATIONS}: NOT VALID — 6 errors, 1 warning`);
  });

  it('reads the file from stdin with --input -', async () => {
    const r = await runCli(['validate', '--input', '-', '--json'], { stdin: readFileSync(VALID, 'utf8') });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ valid: true, summary: { errors: 0, warnings: 0 }, findings: [] });
  });

  it('exits 2 at the line and column of a JSON syntax error', async () => {
    const text = readFileSync(VALID, 'utf8').replace('"pgy": 2,', '"pgy": 2;');
    const file = scheduleFile(text);
    const r = await runCli(['validate', '--input', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:${whereIs(text, ';')} Invalid JSON: Expected ',' or '}' after a property value, found ';'`);
    expect(r.stdout).toBe('');
  });

  it('exits 2 at the value and JSON path of a wrong type deep in the file', async () => {
    const text = readFileSync(VALID, 'utf8').replace('"capacity": { "min": 1, "max": 1 }', '"capacity": { "min": "1", "max": 1 }');
    const file = scheduleFile(text);
    const r = await runCli(['validate', '--input', file]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`${file}:${whereIs(text, '"1", "max": 1 }')} $.rotations[2].capacity.min: Expected number, received string`);
  });

  it('exits 2 at an assignment to an unknown rotation, and lists the problems as JSON with --json', async () => {
    const text = readFileSync(VALID, 'utf8').replace('{ "personId": "r-cy", "block": 2, "rotationId": "nights" }', '{ "personId": "r-cy", "block": 2, "rotationId": "icu" }');
    const file = scheduleFile(text);
    const r = await runCli(['validate', '--input', file, '--json']);
    expect(r.code).toBe(2);
    const [line, column] = whereIs(text, '"icu"').split(':').map(Number);
    expect(JSON.parse(r.stdout)).toEqual({
      valid: false,
      inputErrors: [{ file, line, column, path: '$.assignments[5].rotationId', message: 'Unknown rotation "icu": no entry in $.rotations has this id' }],
      inputErrorCount: 1,
    });
  });

  it('exits 2 and names a missing file', async () => {
    const missing = path.join(tempDir(), 'nope.json');
    const r = await runCli(['validate', '--input', missing]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`resched validate: cannot read ${missing}: ENOENT\n`);
  });

  it('exits 2 with the usage when --input is missing', async () => {
    const r = await runCli(['validate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--input is required');
    expect(r.stderr).toContain('resched validate --input FILE.json [--json]');
  });
});

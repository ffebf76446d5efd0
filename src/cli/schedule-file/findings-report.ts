// Owns how `resched validate` shows the rule engine's findings: a stable JSON document for tools
// ({ valid, summary, findings }) and, for people, one line per finding grouped by severity.
import type { Finding, FindingSummary } from '../../shared/domain';

export interface ValidationReport {
  /** True when there is no error finding; warnings do not make a schedule invalid. */
  valid: boolean;
  summary: FindingSummary;
  findings: Finding[];
}

const SEVERITY_ORDER = { error: 0, warning: 1 } as const;

/** Same input, same order: by severity, rule, subject, first date, then the finding's key. */
function compare(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.ruleId.localeCompare(b.ruleId) ||
    (a.personId ?? '').localeCompare(b.personId ?? '') ||
    (a.rotationId ?? '').localeCompare(b.rotationId ?? '') ||
    a.startDate.localeCompare(b.startDate) ||
    a.key.localeCompare(b.key)
  );
}

export function buildReport(findings: readonly Finding[]): ValidationReport {
  const sorted = [...findings].sort(compare);
  const errors = sorted.filter((f) => f.severity === 'error').length;
  return { valid: errors === 0, summary: { errors, warnings: sorted.length - errors }, findings: sorted };
}

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;

function subject(f: Finding): string {
  const parts: string[] = [];
  if (f.personId !== undefined) parts.push(`person ${f.personId}`);
  if (f.rotationId !== undefined) parts.push(`rotation ${f.rotationId}`);
  if (f.block !== undefined) parts.push(`block ${f.block}`);
  return parts.length ? parts.join(', ') : 'program';
}

/** `error   acgme.weekly-hours  person r1  2024-07-01..2024-07-28  measured 84 hours/week, limit 80  <explanation> Fix: <suggestion>` */
export function findingLine(f: Finding): string {
  const dates = f.startDate === f.endDate ? f.startDate : `${f.startDate}..${f.endDate}`;
  return [f.severity.padEnd(7), f.ruleId, subject(f), dates, `measured ${f.measured} ${f.unit}, limit ${f.limit}`, `${f.explanation} Fix: ${f.suggestion}`].join('  ');
}

export function humanReport(report: ValidationReport, file: string): string {
  const lines: string[] = [];
  for (const severity of ['error', 'warning'] as const) {
    const group = report.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(`${severity === 'error' ? 'Errors' : 'Warnings'} (${group.length}):`, ...group.map((f) => `  ${findingLine(f)}`), '');
  }
  const { errors, warnings } = report.summary;
  const verdict = report.valid ? 'valid' : 'NOT VALID';
  lines.push(`${file}: ${verdict} — ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  return lines.join('\n');
}

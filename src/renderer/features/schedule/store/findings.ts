// Owns what the findings mean for the screens: which grid cells a finding concerns (so the grid can
// mark and highlight them), the per-cell markers, the panel's filters, and the words for each rule.
import type { Finding, RuleId, Severity } from '../../../../shared/domain';
import { blockOfDate, cellKey, type GridModel } from './grid-model';

export const ruleLabel: Record<RuleId, string> = {
  'acgme.weekly-hours': '80-hour week',
  'acgme.day-off-in-seven': 'One day off in seven',
  'acgme.continuous-hours': 'Continuous hours (24 + 4)',
  'acgme.rest-after-24h': 'Rest after 24 hours',
  'acgme.rest-between-shifts': 'Rest between shifts',
  'acgme.call-frequency': 'Call every third night',
  'program.night-float-max': 'Night float nights in a row',
  'program.consecutive-work-days': 'Work days in a row',
  'program.supervision': 'Faculty supervision',
  'program.coverage': 'Rotation coverage',
  'program.eligibility': 'Eligibility (PGY, credentials)',
  'program.absence-conflict': 'Work during an absence',
};

/** Block-grid cells (cellKey) a finding concerns. */
export function cellsOfFinding(finding: Finding, model: GridModel): string[] {
  const keys = new Set<string>();
  for (const cell of finding.cells) {
    const block = blockOfDate(model.blocks, cell.date);
    if (block) keys.add(cellKey(cell.personId, block.number));
  }
  if (finding.personId !== undefined && finding.block !== undefined) keys.add(cellKey(finding.personId, finding.block));
  // A finding about a rotation in a block (coverage) concerns everyone on it then, or the whole column.
  if (keys.size === 0 && finding.block !== undefined) {
    for (const row of model.rows) {
      const on = model.assigned.get(cellKey(row.person.id, finding.block));
      if (finding.rotationId === undefined || on === finding.rotationId) keys.add(cellKey(row.person.id, finding.block));
    }
  }
  // A finding about a person over dates outside every block: their whole row is the best we can show.
  if (keys.size === 0 && finding.personId !== undefined) {
    for (const block of model.blocks) {
      if (block.endDate >= finding.startDate && block.startDate <= finding.endDate) keys.add(cellKey(finding.personId, block.number));
    }
  }
  return [...keys];
}

export interface CellMarker {
  errors: number;
  warnings: number;
}

/** Errors and warnings per cell, for the markers the grid draws. */
export function cellMarkers(findings: readonly Finding[], model: GridModel): Map<string, CellMarker> {
  const markers = new Map<string, CellMarker>();
  for (const finding of findings) {
    for (const key of cellsOfFinding(finding, model)) {
      const m = markers.get(key) ?? { errors: 0, warnings: 0 };
      if (finding.severity === 'error') m.errors += 1;
      else m.warnings += 1;
      markers.set(key, m);
    }
  }
  return markers;
}

export const count = (n: number, one: string, many: string): string => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** "2 errors, 1 warning" (for labels). */
export const markerText = (m: CellMarker): string =>
  [m.errors ? count(m.errors, 'error', 'errors') : '', m.warnings ? count(m.warnings, 'warning', 'warnings') : ''].filter(Boolean).join(', ');

export interface FindingFilter {
  severity: Severity | 'all';
  rule: RuleId | 'all';
}

export const ALL_FINDINGS: FindingFilter = { severity: 'all', rule: 'all' };

export const filterFindings = (findings: readonly Finding[], f: FindingFilter): Finding[] =>
  findings.filter((x) => (f.severity === 'all' || x.severity === f.severity) && (f.rule === 'all' || x.ruleId === f.rule));

/** Errors first, then by start date. */
export const sortFindings = (findings: readonly Finding[]): Finding[] =>
  [...findings].sort((a, b) => (a.severity === b.severity ? a.startDate.localeCompare(b.startDate) : a.severity === 'error' ? -1 : 1));

const UNIT: Record<Finding['unit'], string> = {
  hours: 'h',
  'hours/week': 'h/week',
  days: 'days',
  nights: 'nights',
  residents: 'residents',
  faculty: 'faculty',
  assignments: 'assignments',
};

/** "84 h/week (limit 80 h/week)". */
export function measuredText(f: Pick<Finding, 'measured' | 'limit' | 'unit'>): string {
  const n = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));
  return `${n(f.measured)} ${UNIT[f.unit]} (limit ${n(f.limit)} ${UNIT[f.unit]})`;
}

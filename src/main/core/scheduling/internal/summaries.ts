// Owns the short before/after texts of schedule changes, shared by the change log and the version
// diff so both say the same thing. They hold codes, ids, dates and numbers — never a reason, a
// note or a name.
import type {
  CallAssignment,
  ExtraDuty,
  HalfDayOverride,
  RotationTemplate,
  RuleParameters,
  ScheduleAbsence,
  SchedulePerson,
} from '../../../../shared/domain';

const MAX = 300;
const clip = (s: string) => (s.length > MAX ? `${s.slice(0, MAX - 1)}…` : s);

export const assignmentSummary = (rotationId: string | null, codes: ReadonlyMap<string, string>) =>
  rotationId === null ? null : clip(codes.get(rotationId) ?? rotationId);

export const overrideSummary = (o: Omit<HalfDayOverride, 'personId' | 'date' | 'slot' | 'reason'> | null, codes: ReadonlyMap<string, string>) =>
  o === null
    ? null
    : clip([o.activity, o.rotationId ? `on ${codes.get(o.rotationId) ?? o.rotationId}` : null, o.hours !== undefined ? `${o.hours} h` : null].filter(Boolean).join(' '));

export const callSummary = (c: Pick<CallAssignment, 'personId' | 'startTime' | 'hours'> | null) =>
  c === null ? null : clip([c.personId, c.startTime ? `from ${c.startTime}` : null, c.hours !== undefined ? `${c.hours} h` : null].filter(Boolean).join(' '));

export const extraDutySummary = (e: Pick<ExtraDuty, 'startTime' | 'hours'> | null) => (e === null ? null : clip(`from ${e.startTime} ${e.hours} h`));

export const absenceSummary = (a: Pick<ScheduleAbsence, 'type' | 'startDate' | 'endDate' | 'status' | 'blocking'> | null) =>
  a === null
    ? null
    : clip(`${a.type} ${a.startDate}–${a.endDate} ${a.status}${a.blocking === undefined ? '' : a.blocking ? ' blocking' : ' non-blocking'}`);

export const rotationSummary = (r: RotationTemplate | null) =>
  r === null ? null : clip(`${r.code}: ${r.name}, ${r.capacity.min}–${r.capacity.max} residents${r.pgyEligible.length ? `, PGY ${r.pgyEligible.join('/')}` : ''}`);

export const rosterSummary = (p: Pick<SchedulePerson, 'pgy' | 'facultyRole' | 'credentials'> | null, active = true) =>
  p === null
    ? null
    : clip(
        [!active ? 'inactive' : null, p.pgy !== undefined ? `PGY ${p.pgy}` : null, p.facultyRole ?? null, p.credentials.length ? p.credentials.join(', ') : null]
          .filter(Boolean)
          .join(' · ') || 'on roster',
      );

/** Leaf paths whose values differ, e.g. [["weeklyHours.limitHours", "80", "72"]]. */
export function parameterChanges(a: RuleParameters, b: RuleParameters): [string, string, string][] {
  const out: [string, string, string][] = [];
  const walk = (x: unknown, y: unknown, path: string) => {
    if (x !== null && y !== null && typeof x === 'object' && typeof y === 'object' && !Array.isArray(x) && !Array.isArray(y)) {
      const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
      for (const k of [...keys].sort()) walk((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
      return;
    }
    const sx = JSON.stringify(x ?? null);
    const sy = JSON.stringify(y ?? null);
    if (sx !== sy) out.push([path, sx, sy]);
  };
  walk(a, b, '');
  return out;
}

export const parametersSummary = (changes: [string, string, string][], side: 1 | 2) => clip(changes.map((c) => `${c[0]} = ${c[side]}`).join('; '));

/** A block's dates as the change log and diffs show them: "1 2026-07-01 – 2026-07-28". */
export const blockSummary = (b: { number: number; startDate: string; endDate: string } | null): string | null =>
  b ? `${b.number}: ${b.startDate} – ${b.endDate}` : null;

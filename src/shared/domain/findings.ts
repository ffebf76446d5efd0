// Owns the shape of a rule finding: what every rule reports and every screen, file and CLI shows.
// A finding names the rule, the person (or rotation/session), the dates, the measured value, the
// limit, a severity, a one-line explanation and what would fix it.
import { z } from 'zod';
import { DaySlot, IsoDate, ScheduleRef } from './schedule';
import { RuleId } from './rule-parameters';

export const Severity = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof Severity>;

/** A grid cell a finding concerns, so the grid can highlight it and the panel can jump to it. */
export const FindingCell = z.strictObject({ personId: ScheduleRef, date: IsoDate, slot: DaySlot.optional() });
export type FindingCell = z.infer<typeof FindingCell>;

export const Finding = z.strictObject({
  /** Stable across re-validation while the problem is the same (rule|subject|first date). */
  key: z.string().max(300),
  ruleId: RuleId,
  severity: Severity,
  personId: ScheduleRef.optional(),
  rotationId: ScheduleRef.optional(),
  block: z.number().int().optional(),
  startDate: IsoDate,
  endDate: IsoDate,
  measured: z.number(),
  limit: z.number(),
  unit: z.enum(['hours', 'hours/week', 'days', 'nights', 'residents', 'faculty', 'assignments']),
  /** One line a coordinator understands, with names and numbers. */
  explanation: z.string().max(1000),
  /** What would fix it. */
  suggestion: z.string().max(1000),
  cells: z.array(FindingCell).max(400).default([]),
});
export type Finding = z.infer<typeof Finding>;

export const FindingSummary = z.strictObject({ errors: z.number().int().nonnegative(), warnings: z.number().int().nonnegative() });
export type FindingSummary = z.infer<typeof FindingSummary>;

/**
 * How findings change with one edit, so an edit's answer carries a handful of findings instead of
 * the year's thousands (parsing ~1,400 findings naming ~33,000 cells held main's loop ~150 ms).
 * `revision` numbers main's findings of a year; `baseRevision` is the one this delta applies to
 * (null: there was none — `added` is then the whole list). A window holding another revision
 * fetches the whole list again (schedule.findings.get).
 */
export const FindingsDelta = z.strictObject({
  baseRevision: z.number().int().nonnegative().nullable(),
  revision: z.number().int().positive(),
  added: z.array(Finding).max(50_000),
  removedKeys: z.array(z.string().max(300)).max(50_000),
});
export type FindingsDelta = z.infer<typeof FindingsDelta>;

/** Applies a delta to the findings of its base revision (removals first: a changed finding is removed and re-added). */
export function applyFindingsDelta(findings: readonly Finding[], delta: FindingsDelta): Finding[] {
  if (delta.baseRevision === null) return [...delta.added];
  const removed = new Set(delta.removedKeys);
  const kept = findings.filter((f) => !removed.has(f.key));
  return [...kept, ...delta.added];
}

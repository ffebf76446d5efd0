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

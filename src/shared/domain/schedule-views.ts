// Owns what the app's screens see of a stored schedule: academic years, the roster of a year, the
// draft under edit, published versions and the diff between two of them. The schedule content
// itself is a ScheduleDocument (schedule.ts); these wrap it with ids, authorship and status.
import { z } from 'zod';
import { Finding, FindingsDelta, FindingSummary } from './findings';
import {
  AbsenceStatus,
  AbsenceType,
  AcademicYearSpan,
  DaySlot,
  FacultyRole,
  IsoDate,
  Pgy,
  ScheduleDocument,
  ScheduleRef,
} from './schedule';

export const AcademicYearId = z.string().uuid();
export const AcademicYear = AcademicYearSpan.extend({
  id: AcademicYearId,
  programId: z.string().uuid(),
  /** Number of the latest published version, or null while nothing is published. */
  publishedVersion: z.number().int().positive().nullable(),
  createdAt: z.string(),
});
export type AcademicYear = z.infer<typeof AcademicYear>;

/** A person's place in one academic year: PGY (residents), role (faculty), credentials. */
export const RosterEntry = z.strictObject({
  personId: z.string().uuid(),
  kind: z.enum(['resident', 'faculty', 'other']),
  name: z.string(),
  pgy: Pgy.nullable(),
  facultyRole: FacultyRole.nullable(),
  credentials: z.array(z.string()).max(20),
  /** False once the resident has graduated (PGY beyond the program length at rollover). */
  active: z.boolean(),
});
export type RosterEntry = z.infer<typeof RosterEntry>;

/** An absence as the absences calendar shows it; the reason is personal data, fetched on its own. */
export const Absence = z.strictObject({
  id: z.string().uuid(),
  personId: z.string().uuid(),
  startDate: IsoDate,
  endDate: IsoDate,
  type: AbsenceType,
  status: AbsenceStatus,
  blocking: z.boolean(),
  hasReason: z.boolean(),
});
export type Absence = z.infer<typeof Absence>;

/** The draft of one year as the editor holds it, with every current finding. */
export const DraftView = z.strictObject({
  year: AcademicYear,
  document: ScheduleDocument,
  /** Draft edits since the last publish (0 when the draft equals the published version). */
  pendingChanges: z.number().int().nonnegative(),
  /** Dates up to and including this one are locked (published and in the past); null when none. */
  lockedThrough: IsoDate.nullable(),
  findings: z.array(Finding).max(50_000),
  summary: FindingSummary,
  /** Revision of `findings`: edits answer deltas from it (FindingsDelta). */
  revision: z.number().int().nonnegative(),
});
export type DraftView = z.infer<typeof DraftView>;

/** What an edit answers: how the findings changed after incremental re-validation, and the new counts. */
export const EditResult = z.strictObject({
  pendingChanges: z.number().int().nonnegative(),
  delta: FindingsDelta,
  summary: FindingSummary,
  /** Time the engine took, for the status bar (ms). */
  validationMs: z.number().nonnegative(),
});
export type EditResult = z.infer<typeof EditResult>;

/** One derived slot of the half-day grid (day/week view). */
export const GridSlot = z.strictObject({
  personId: z.string().uuid(),
  date: IsoDate,
  slot: DaySlot,
  rotationId: ScheduleRef.nullable(),
  /** Activity label from the template, 'call:<kind>', 'absence:<type>', or 'off'. */
  activity: z.string().max(60),
  hours: z.number().nonnegative(),
  source: z.enum(['template', 'override', 'call', 'absence', 'extra']),
  overrideReason: z.string().max(500).optional(),
});
export type GridSlot = z.infer<typeof GridSlot>;

export const ScheduleVersion = z.strictObject({
  yearId: AcademicYearId,
  version: z.number().int().positive(),
  publishedAt: z.string(),
  publishedBy: z.string(),
  note: z.string().max(500),
  summary: FindingSummary,
  changeCount: z.number().int().nonnegative(),
});
export type ScheduleVersion = z.infer<typeof ScheduleVersion>;

/** One difference between two versions (or a version and the draft), with who made it. */
export const ScheduleChange = z.strictObject({
  kind: z.enum(['assignment', 'override', 'call', 'extra-duty', 'absence', 'rotation', 'holiday', 'parameters', 'roster', 'blocks']),
  personId: z.string().optional(),
  block: z.number().int().optional(),
  date: IsoDate.optional(),
  slot: DaySlot.optional(),
  before: z.string().max(300).nullable(),
  after: z.string().max(300).nullable(),
  /** Display names of the users whose draft edits produced this difference (from the change log). */
  changedBy: z.array(z.string()).max(20),
  changedAt: z.string().nullable(),
});
export type ScheduleChange = z.infer<typeof ScheduleChange>;


/** The current findings of a year's draft as main last computed them (no re-validation). */
export const FindingsView = z.strictObject({ findings: z.array(Finding).max(50_000), summary: FindingSummary, revision: z.number().int().nonnegative() });
export type FindingsView = z.infer<typeof FindingsView>;

// Owns the shape of a schedule as every layer sees it: the academic year and its blocks, rotation
// templates, who is on what, calls, overrides, absences and holidays. The same document is what the
// rule engine validates, what `resched validate` reads (docs/formats/schedule.md) and what a
// published version freezes. Dates are calendar dates in the program's local time (no zones: a
// residency runs on the wall clock of its hospital).
import { z } from 'zod';
import { RuleParametersInput } from './rule-parameters';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Arithmetic, not `new Date()`: IPC answers carry tens of thousands of dates, each checked. */
const isCalendarDate = (s: string): boolean => {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1]!);
};
/** A real calendar date written YYYY-MM-DD. */
export const IsoDate = z.string().regex(ISO_DATE, 'a date written YYYY-MM-DD').refine(isCalendarDate, 'not a real calendar date');
export type IsoDate = z.infer<typeof IsoDate>;

/** Wall-clock time HH:MM, 00:00–23:59. */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time written HH:MM (24-hour)');

/** Ids inside a schedule document: app ids are UUIDs, hand-written files may use short names. */
export const ScheduleRef = z.string().min(1).max(64).regex(/^[A-Za-z0-9_.:-]+$/, 'letters, digits and _ . : - only');

export const HalfDay = z.enum(['AM', 'PM']);
export type HalfDay = z.infer<typeof HalfDay>;
/** Slots of one day: the two day half-days and the night (night float, in-house call nights). */
export const DaySlot = z.enum(['AM', 'PM', 'NIGHT']);
export type DaySlot = z.infer<typeof DaySlot>;

export const Weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
export type Weekday = z.infer<typeof Weekday>;
export const WEEKDAYS = Weekday.options;

/** What a rotation does on one weekday: an activity label per slot, or nothing. */
export const DayPattern = z.strictObject({
  am: z.string().max(40).nullable().default(null),
  pm: z.string().max(40).nullable().default(null),
  night: z.string().max(40).nullable().default(null),
});
export type DayPattern = z.infer<typeof DayPattern>;
export const WeeklyPattern = z.strictObject(Object.fromEntries(WEEKDAYS.map((d) => [d, DayPattern])) as Record<Weekday, typeof DayPattern>);
export type WeeklyPattern = z.infer<typeof WeeklyPattern>;

export const Pgy = z.number().int().min(1).max(10);
export const FacultyRole = z.enum(['program-director', 'associate-program-director', 'core-faculty', 'attending']);
export type FacultyRole = z.infer<typeof FacultyRole>;

export const RotationTemplate = z.strictObject({
  id: ScheduleRef,
  code: z.string().trim().min(1).max(16),
  name: z.string().trim().min(1).max(120),
  /** #rrggbb, shown in the grid. */
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour written #rrggbb'),
  capacity: z
    .strictObject({ min: z.number().int().min(0).max(500), max: z.number().int().min(0).max(500) })
    .refine((c) => c.min <= c.max, 'min must not exceed max'),
  /** PGY levels allowed on the rotation; empty means any. */
  pgyEligible: z.array(Pgy).max(10).default([]),
  /** Credentials a resident must hold (e.g. "ACLS"); empty means none. */
  requiredCredentials: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  leaveEligible: z.boolean().default(true),
  pattern: WeeklyPattern,
  hoursPerHalfDay: z.number().min(1).max(12).default(6),
  /** Length of a night slot (night float). */
  hoursPerNight: z.number().min(1).max(16).default(12),
  callEligible: z.boolean().default(false),
  nightFloat: z.boolean().default(false),
  /** Whether the program's supervision ratio applies to its sessions. */
  supervised: z.boolean().default(true),
  /** Template work is not generated on program holidays. */
  observesHolidays: z.boolean().default(true),
});
export type RotationTemplate = z.infer<typeof RotationTemplate>;
export type RotationTemplateInput = z.input<typeof RotationTemplate>;

export const Block = z.strictObject({
  number: z.number().int().min(0).max(60),
  startDate: IsoDate,
  endDate: IsoDate,
});
export type Block = z.infer<typeof Block>;

/** Longest span a year may cover: the engine keeps per-day arrays per person, so a file must not ask for millennia. */
export const MAX_YEAR_DAYS = 400;
const spanDays = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

export const AcademicYearSpan = z
  .strictObject({
    label: z.string().trim().min(1).max(40),
    startDate: IsoDate,
    endDate: IsoDate,
    blocks: z.array(Block).min(1).max(60),
  })
  .refine((y) => spanDays(y.startDate, y.endDate) < MAX_YEAR_DAYS, { message: `an academic year spans at most ${MAX_YEAR_DAYS} days`, path: ['endDate'] });
export type AcademicYearSpan = z.infer<typeof AcademicYearSpan>;

/** How a year's blocks are laid out when it is created. */
export const BlockPreset = z.discriminatedUnion('kind', [
  /** 13 blocks of 4 weeks from the start date (July 1 by default); the last block runs to the year's end. */
  z.strictObject({ kind: z.literal('thirteen-four-week') }),
  /** Block 0 orientation of `orientationDays`, then 28-day blocks starting on `blockWeekday`. */
  z.strictObject({ kind: z.literal('orientation-then-28'), orientationDays: z.number().int().min(1).max(28), blockWeekday: Weekday }),
]);
export type BlockPreset = z.infer<typeof BlockPreset>;

export const SchedulePerson = z.strictObject({
  id: ScheduleRef,
  kind: z.enum(['resident', 'faculty', 'other']),
  /** Shown in findings; optional in hand-written files. */
  name: z.string().max(200).optional(),
  /** Residents: post-graduate year in this academic year. */
  pgy: Pgy.optional(),
  facultyRole: FacultyRole.optional(),
  credentials: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
});
export type SchedulePerson = z.infer<typeof SchedulePerson>;

export const BlockAssignment = z.strictObject({
  personId: ScheduleRef,
  block: z.number().int().min(0).max(60),
  rotationId: ScheduleRef,
});
export type BlockAssignment = z.infer<typeof BlockAssignment>;

/** A manual change to one slot of the derived grid; always says why. */
export const HalfDayOverride = z.strictObject({
  personId: ScheduleRef,
  date: IsoDate,
  slot: DaySlot,
  /** 'work' adds or replaces the slot's work (on `rotationId` if given); 'off' clears it. */
  activity: z.enum(['work', 'off']),
  rotationId: ScheduleRef.optional(),
  hours: z.number().min(0.5).max(16).optional(),
  reason: z.string().trim().min(1).max(500),
});
export type HalfDayOverride = z.infer<typeof HalfDayOverride>;

export const CallKind = z.enum(['in-house', 'at-home', 'backup']);
export type CallKind = z.infer<typeof CallKind>;
export const CallAssignment = z.strictObject({
  personId: ScheduleRef,
  /** The date the call night starts. */
  date: IsoDate,
  kind: CallKind,
  /** Defaults: in-house call runs from the program's call start (19:00) for 12 h. */
  startTime: ClockTime.optional(),
  hours: z.number().min(0.5).max(28).optional(),
});
export type CallAssignment = z.infer<typeof CallAssignment>;

/** Extra clinical work counted in the 80 hours (moonlighting, clinical work from home). */
export const ExtraDuty = z.strictObject({
  personId: ScheduleRef,
  date: IsoDate,
  startTime: ClockTime,
  hours: z.number().min(0.5).max(24),
  kind: z.enum(['moonlighting', 'home-clinical']),
});
export type ExtraDuty = z.infer<typeof ExtraDuty>;

export const AbsenceType = z.enum(['vacation', 'sick', 'conference', 'parental', 'bereavement', 'education', 'other']);
export type AbsenceType = z.infer<typeof AbsenceType>;
/** Whether an absence of each type blocks work unless the absence says otherwise. */
export const ABSENCE_BLOCKS_BY_DEFAULT: Record<AbsenceType, boolean> = {
  vacation: true,
  sick: true,
  conference: true,
  parental: true,
  bereavement: true,
  education: false,
  other: false,
};
export const AbsenceStatus = z.enum(['requested', 'approved', 'denied']);
export type AbsenceStatus = z.infer<typeof AbsenceStatus>;
export const ScheduleAbsence = z
  .strictObject({
    id: ScheduleRef.optional(),
    personId: ScheduleRef,
    startDate: IsoDate,
    endDate: IsoDate,
    type: AbsenceType,
    status: AbsenceStatus,
    /** Overrides the type's default. */
    blocking: z.boolean().optional(),
  })
  .refine((a) => a.startDate <= a.endDate, { message: 'endDate is before startDate', path: ['endDate'] });
export type ScheduleAbsence = z.infer<typeof ScheduleAbsence>;

export const Holiday = z.strictObject({ date: IsoDate, name: z.string().trim().min(1).max(80) });
export type Holiday = z.infer<typeof Holiday>;

export const SCHEDULE_FORMAT_VERSION = 1;

/** One program's schedule for one academic year: everything the rule engine needs. */
export const ScheduleDocument = z.strictObject({
  formatVersion: z.literal(SCHEDULE_FORMAT_VERSION),
  program: z.strictObject({ code: z.string().min(1).max(16), name: z.string().max(200).optional() }),
  /** Per-program rule parameters; anything left out takes the ACGME default. */
  parameters: RuleParametersInput.prefault({}),
  academicYear: AcademicYearSpan,
  people: z.array(SchedulePerson).max(5_000),
  rotations: z.array(RotationTemplate).max(500),
  assignments: z.array(BlockAssignment).max(100_000),
  overrides: z.array(HalfDayOverride).max(200_000).default([]),
  calls: z.array(CallAssignment).max(100_000).default([]),
  extraDuty: z.array(ExtraDuty).max(100_000).default([]),
  absences: z.array(ScheduleAbsence).max(50_000).default([]),
  holidays: z.array(Holiday).max(366).default([]),
});
export type ScheduleDocument = z.infer<typeof ScheduleDocument>;
export type ScheduleDocumentInput = z.input<typeof ScheduleDocument>;

// Owns the per-program parameters of every duty-hour and coverage rule (../shared/ACGME.md) and
// their defaults. One schema: the engine, the settings screen and the CLI file format all read it,
// so no two validators can disagree about a limit.
import { z } from 'zod';

const hours = (def: number, max = 168) => z.number().min(0).max(max).default(def);
const days = (def: number) => z.number().int().min(1).max(366).default(def);

export const RuleParameters = z.strictObject({
  weeklyHours: z.strictObject({ limitHours: hours(80), windowDays: days(28) }).prefault({}),
  dayOffInSeven: z
    .strictObject({
      freeDaysPerWindow: z.number().int().min(0).max(366).default(4),
      windowDays: days(28),
      /** Optional program rule: never more than this many worked days in a row (off when null). */
      maxConsecutiveWorkDays: z.number().int().min(1).max(366).nullable().default(null),
    })
    .prefault({}),
  continuousHours: z.strictObject({ limitHours: hours(24), transitionHours: hours(4, 24) }).prefault({}),
  restAfter24h: z.strictObject({ triggerHours: hours(24), minRestHours: hours(14) }).prefault({}),
  restBetweenShifts: z.strictObject({ minRestHours: hours(8) }).prefault({}),
  callFrequency: z.strictObject({ everyNthNight: z.number().int().min(1).max(28).default(3), windowDays: days(28) }).prefault({}),
  nightFloat: z.strictObject({ maxConsecutiveNights: z.number().int().min(1).max(60).default(6) }).prefault({}),
  supervision: z
    .strictObject({
      pgy1Units: z.number().min(0).max(10).default(2),
      seniorUnits: z.number().min(0).max(10).default(1),
      unitsPerFaculty: z.number().min(1).max(50).default(4),
    })
    .prefault({}),
  /** Wall-clock start of the day slots and of in-house call; hours come from the rotation. */
  clock: z
    .strictObject({
      amStart: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).default('07:00'),
      pmStart: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).default('13:00'),
      nightStart: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).default('19:00'),
      callHours: hours(12, 28),
    })
    .prefault({}),
  /** A measured value within this percentage of its limit is reported as a warning. */
  warningMarginPercent: z.number().min(0).max(50).default(5),
  /** Rules switched off for this program (by rule id). */
  disabledRules: z.array(z.string().max(64)).max(50).default([]),
});
export type RuleParameters = z.infer<typeof RuleParameters>;
/** What a file or a settings form may give: any subset; the rest takes defaults. */
export const RuleParametersInput = RuleParameters;
export type RuleParametersInput = z.input<typeof RuleParameters>;

export const defaultRuleParameters = (): RuleParameters => RuleParameters.parse({});

export const RULE_IDS = [
  'acgme.weekly-hours',
  'acgme.day-off-in-seven',
  'acgme.continuous-hours',
  'acgme.rest-after-24h',
  'acgme.rest-between-shifts',
  'acgme.call-frequency',
  'program.night-float-max',
  'program.consecutive-work-days',
  'program.supervision',
  'program.coverage',
  'program.eligibility',
  'program.absence-conflict',
] as const;
export const RuleId = z.enum(RULE_IDS);
export type RuleId = z.infer<typeof RuleId>;

// Owns the schedule.* channels: academic years and blocks, the roster of a year, rotation
// templates, the draft (assignments, overrides, calls, extra duty, absences, holidays, rule parameters),
// validation, publishing and versions. Every channel is scoped to one program; main checks the
// caller's membership. Edits answer the findings after incremental re-validation.
import { z } from 'zod';
import { defineChannel } from './channel';
import { text } from './limits';
import {
  Absence,
  AbsenceStatus,
  AbsenceType,
  AcademicYear,
  AcademicYearId,
  Block,
  BlockPreset,
  CallKind,
  ClockTime,
  DaySlot,
  DraftView,
  EditResult,
  ExtraDuty,
  FacultyRole,
  Finding,
  FindingSummary,
  FindingsView,
  GridSlot,
  Holiday,
  IsoDate,
  Pgy,
  PersonId,
  ProgramId,
  RosterEntry,
  RotationTemplate,
  RuleParameters,
  RuleParametersInput,
  ScheduleChange,
  ScheduleRef,
  ScheduleVersion,
} from '../domain';

const inProgram = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ programId: ProgramId, ...shape });
const inYear = <T extends z.ZodRawShape>(shape: T) => inProgram({ yearId: AcademicYearId, ...shape });

/** A rotation as the editor sends it: the app assigns ids to new templates. */
export const RotationTemplateInput = RotationTemplate.omit({ id: true });

export const schedulingChannels = {
  'schedule.years.list': defineChannel({ permission: 'program.read', input: inProgram({}), output: z.array(AcademicYear).max(100) }),
  'schedule.years.create': defineChannel({
    permission: 'program.write',
    input: inProgram({
      label: z.string().trim().min(1).max(40),
      /** Usually July 1. */
      startDate: IsoDate,
      preset: BlockPreset,
      /** Copy rotation templates from this year, and roll residents' PGY over (+1). */
      rolloverFrom: AcademicYearId.optional(),
      /** Residents whose PGY would exceed this after rollover are marked graduated. */
      programLengthYears: z.number().int().min(1).max(10).default(3),
    }),
    output: AcademicYear,
  }),
  'schedule.years.updateBlocks': defineChannel({
    permission: 'program.write',
    input: inYear({ blocks: z.array(Block).min(1).max(60) }),
    output: AcademicYear,
  }),
  'schedule.roster.list': defineChannel({ permission: 'program.read', input: inYear({}), output: z.array(RosterEntry).max(5_000) }),
  'schedule.roster.set': defineChannel({
    permission: 'program.write',
    input: inYear({
      personId: PersonId,
      pgy: Pgy.nullable(),
      facultyRole: FacultyRole.nullable(),
      credentials: z.array(z.string().trim().min(1).max(40)).max(20),
      active: z.boolean(),
    }),
    output: EditResult,
  }),
  'schedule.rotations.list': defineChannel({ permission: 'program.read', input: inYear({}), output: z.array(RotationTemplate).max(500) }),
  'schedule.rotations.save': defineChannel({
    permission: 'program.write',
    input: inYear({ rotationId: ScheduleRef.optional(), rotation: RotationTemplateInput }),
    output: z.strictObject({ rotation: RotationTemplate, result: EditResult }),
  }),
  'schedule.rotations.remove': defineChannel({
    permission: 'program.write',
    input: inYear({ rotationId: ScheduleRef }),
    output: EditResult,
  }),
  'schedule.draft.get': defineChannel({ permission: 'program.read', input: inYear({}), output: DraftView }),
  /** The findings main holds for the draft, for a window whose revision fell behind (no re-validation). */
  'schedule.findings.get': defineChannel({ permission: 'program.read', input: inYear({}), output: FindingsView }),
  'schedule.assignments.set': defineChannel({
    permission: 'program.write',
    input: inYear({
      changes: z
        .array(z.strictObject({ personId: PersonId, block: z.number().int().min(0).max(60), rotationId: ScheduleRef.nullable() }))
        .min(1)
        .max(2_000),
    }),
    output: EditResult,
  }),
  'schedule.overrides.set': defineChannel({
    permission: 'program.write',
    input: inYear({
      personId: PersonId,
      date: IsoDate,
      slot: DaySlot,
      /** null removes the override (the template's slot comes back). */
      override: z
        .strictObject({
          activity: z.enum(['work', 'off']),
          rotationId: ScheduleRef.optional(),
          hours: z.number().min(0.5).max(16).optional(),
          reason: z.string().trim().min(1, 'say why the slot differs from the rotation').max(500),
        })
        .nullable(),
    }),
    output: EditResult,
  }),
  'schedule.calls.set': defineChannel({
    permission: 'program.write',
    input: inYear({
      date: IsoDate,
      kind: CallKind,
      /** null clears the call of this kind on this date. */
      personId: PersonId.nullable(),
      startTime: ClockTime.optional(),
      hours: z.number().min(0.5).max(28).optional(),
    }),
    output: EditResult,
  }),
  /** Moonlighting and clinical work from home: counted in the 80-hour week (ACGME). */
  'schedule.extraDuty.set': defineChannel({
    permission: 'program.write',
    input: inYear({
      personId: PersonId,
      date: IsoDate,
      kind: ExtraDuty.shape.kind,
      /** null removes this person's extra duty of this kind on this date. */
      duty: ExtraDuty.pick({ startTime: true, hours: true }).nullable(),
    }),
    output: EditResult,
  }),
  'schedule.absences.list': defineChannel({ permission: 'program.read', input: inYear({}), output: z.array(Absence).max(50_000) }),
  'schedule.absences.save': defineChannel({
    permission: 'program.write',
    input: inYear({
      absenceId: z.string().uuid().optional(),
      absence: z
        .strictObject({
          personId: PersonId,
          startDate: IsoDate,
          endDate: IsoDate,
          type: AbsenceType,
          status: AbsenceStatus,
          blocking: z.boolean().optional(),
          /** Personal data: stored field-encrypted, never logged. */
          reason: text(2000).optional(),
        })
        .refine((a) => a.startDate <= a.endDate, { message: 'the absence ends before it starts', path: ['endDate'] }),
    }),
    output: z.strictObject({ absence: Absence, result: EditResult }),
  }),
  // Reasons are personal (often health) data: only those who manage absences read them.
  'schedule.absences.reason': defineChannel({
    permission: 'program.write',
    input: inYear({ absenceId: z.string().uuid() }),
    output: z.strictObject({ reason: z.string().nullable() }),
  }),
  'schedule.absences.remove': defineChannel({
    permission: 'program.write',
    input: inYear({ absenceId: z.string().uuid() }),
    output: EditResult,
  }),
  'schedule.holidays.set': defineChannel({
    permission: 'program.write',
    input: inYear({ holidays: z.array(Holiday).max(366) }),
    output: EditResult,
  }),
  'schedule.parameters.get': defineChannel({ permission: 'program.read', input: inProgram({}), output: RuleParameters }),
  'schedule.parameters.set': defineChannel({
    permission: 'program.write',
    input: inProgram({ parameters: RuleParametersInput }),
    output: RuleParameters,
  }),
  'schedule.grid.slots': defineChannel({
    permission: 'program.read',
    input: inYear({ from: IsoDate, to: IsoDate, personIds: z.array(PersonId).max(500).optional() }).refine((r) => r.from <= r.to, {
      message: 'from is after to',
      path: ['to'],
    }),
    output: z.array(GridSlot).max(200_000),
  }),
  'schedule.validate': defineChannel({
    permission: 'program.read',
    input: inYear({}),
    output: z.strictObject({ findings: z.array(Finding).max(50_000), summary: FindingSummary, validationMs: z.number().nonnegative() }),
  }),
  'schedule.publish': defineChannel({
    permission: 'schedule.publish',
    input: inYear({ note: z.string().trim().max(500).default('') }),
    output: ScheduleVersion,
  }),
  'schedule.versions.list': defineChannel({ permission: 'program.read', input: inYear({}), output: z.array(ScheduleVersion).max(1_000) }),
  'schedule.versions.diff': defineChannel({
    permission: 'program.read',
    input: inYear({ from: z.number().int().positive(), to: z.union([z.number().int().positive(), z.literal('draft')]) }),
    output: z.strictObject({ changes: z.array(ScheduleChange).max(20_000), truncated: z.boolean() }),
  }),
};

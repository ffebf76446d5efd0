// Owns the once-per-document preparation every rule shares: the academic year as day numbers,
// which block each day falls in, rotations with their weekly pattern flattened per weekday and
// slot, holidays as a day array, people by id, the clock in minutes and the parsed parameters.
// Rules and the expansion read only this, never the raw document's lists.
import {
  RuleParameters,
  type RotationTemplate,
  type ScheduleDocument,
  type SchedulePerson,
  WEEKDAYS,
} from '../../../../shared/domain';
import { clockMinutes, dayNumber, isoOfDay } from './internal/days';

/** Slot positions inside a day: the index of each slot in the per-day slot arrays. */
export const SLOT_AM = 0;
export const SLOT_PM = 1;
export const SLOT_NIGHT = 2;
export const SLOTS_PER_DAY = 3;
export const SLOT_NAMES = ['AM', 'PM', 'NIGHT'] as const;

export interface CompiledRotation {
  readonly index: number;
  readonly template: RotationTemplate;
  readonly halfDayMinutes: number;
  readonly nightMinutes: number;
  /** Activity label per weekday (0 = Monday) × slot, null where the pattern has no work. */
  readonly labels: readonly (string | null)[];
}

export interface CompiledBlock {
  readonly number: number;
  /** First and last day, relative to the year's first day (inclusive). */
  readonly first: number;
  readonly last: number;
}

export interface CompiledSchedule {
  readonly doc: ScheduleDocument;
  readonly params: RuleParameters;
  /** Day number of the academic year's first day; every day index below is relative to it. */
  readonly firstDay: number;
  /** Days in the academic year. */
  readonly days: number;
  /** YYYY-MM-DD of every day of the year, computed once: findings name many dates. */
  readonly isoDates: readonly string[];
  readonly blocks: readonly CompiledBlock[];
  readonly blockPosByNumber: ReadonlyMap<number, number>;
  /** Position in `blocks` of the block holding each day, -1 outside every block. */
  readonly blockOfDay: Int16Array;
  readonly rotations: readonly CompiledRotation[];
  readonly rotationIndex: ReadonlyMap<string, number>;
  readonly holiday: Uint8Array;
  readonly people: readonly SchedulePerson[];
  readonly personIndex: ReadonlyMap<string, number>;
  /** Slot start minutes after midnight (AM, PM, NIGHT), and in-house call defaults. */
  readonly slotStart: readonly [number, number, number];
  readonly callStart: number;
  readonly callMinutes: number;
  readonly restBetweenMinutes: number;
  readonly disabled: ReadonlySet<string>;
}

/** Minutes of a number of hours, rounded to the minute so day arithmetic stays integral. */
export const minutesOf = (hours: number): number => Math.round(hours * 60);

function compileRotation(template: RotationTemplate, index: number): CompiledRotation {
  const labels: (string | null)[] = [];
  for (const wd of WEEKDAYS) {
    const p = template.pattern[wd];
    labels.push(p.am, p.pm, p.night);
  }
  return {
    index,
    template,
    halfDayMinutes: minutesOf(template.hoursPerHalfDay),
    nightMinutes: minutesOf(template.hoursPerNight),
    labels,
  };
}

export function compileSchedule(doc: ScheduleDocument): CompiledSchedule {
  // Parsing again fills defaults for a document built in code rather than read through the schema.
  const params = RuleParameters.parse(doc.parameters ?? {});
  const firstDay = dayNumber(doc.academicYear.startDate);
  const days = Math.max(1, dayNumber(doc.academicYear.endDate) - firstDay + 1);
  const blockOfDay = new Int16Array(days).fill(-1);
  const blocks: CompiledBlock[] = [];
  const blockPosByNumber = new Map<number, number>();
  for (const b of doc.academicYear.blocks) {
    const first = Math.max(0, dayNumber(b.startDate) - firstDay);
    const last = Math.min(days - 1, dayNumber(b.endDate) - firstDay);
    const pos = blocks.length;
    blocks.push({ number: b.number, first, last });
    blockPosByNumber.set(b.number, pos);
    for (let d = first; d <= last; d++) blockOfDay[d] = pos;
  }
  const rotations = doc.rotations.map(compileRotation);
  const rotationIndex = new Map(doc.rotations.map((r, i) => [r.id, i]));
  const holiday = new Uint8Array(days);
  for (const h of doc.holidays ?? []) {
    const d = dayNumber(h.date) - firstDay;
    if (d >= 0 && d < days) holiday[d] = 1;
  }
  const personIndex = new Map(doc.people.map((p, i) => [p.id, i]));
  const c = params.clock;
  return {
    doc,
    params,
    firstDay,
    days,
    isoDates: Array.from({ length: days }, (_, d) => isoOfDay(firstDay + d)),
    blocks,
    blockPosByNumber,
    blockOfDay,
    rotations,
    rotationIndex,
    holiday,
    people: doc.people,
    personIndex,
    slotStart: [clockMinutes(c.amStart), clockMinutes(c.pmStart), clockMinutes(c.nightStart)],
    callStart: clockMinutes(c.nightStart),
    callMinutes: minutesOf(c.callHours),
    restBetweenMinutes: minutesOf(params.restBetweenShifts.minRestHours),
    disabled: new Set(params.disabledRules),
  };
}

/** What, besides one person's own items, decides that person's findings: a change here means a full run. */
export function structuralFingerprint(doc: ScheduleDocument): string {
  return JSON.stringify([doc.program, doc.parameters, doc.academicYear, doc.rotations, doc.people, doc.holidays]);
}

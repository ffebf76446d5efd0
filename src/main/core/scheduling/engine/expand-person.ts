// Owns the expansion of one person's part of a schedule into a duty timeline: what each slot of
// each day holds (template work from the block's rotation, minus holidays and leave, with
// overrides applied), the calls and extra duty, and from those the sessions in integer minutes on
// the year's day scale, the continuous stretches they form, the duty periods (stretches joined
// across gaps shorter than the rest between shifts), minutes worked per calendar day, which days
// duty touches, and the free days the gaps between duty earn. Every per-person rule reads this and
// nothing else.
import { ABSENCE_BLOCKS_BY_DEFAULT, type SchedulePerson } from '../../../../shared/domain';
import {
  type CompiledSchedule,
  minutesOf,
  SLOT_NIGHT,
  SLOTS_PER_DAY,
} from './compile';
import { clockMinutes, dayNumber, MINUTES_PER_DAY, weekdayOf } from './internal/days';
import type { PersonInputs } from './internal/person-inputs';

/** Where a slot's content came from. */
export const SRC_NONE = 0;
export const SRC_TEMPLATE = 1;
export const SRC_OVERRIDE = 2;
/** Template work dropped because of an approved blocking absence on a leave-eligible rotation. */
export const SRC_ABSENCE = 3;

export const KIND_SLOT = 0;
export const KIND_CALL = 1;
export const KIND_EXTRA = 2;

const DEFAULT_HALF_DAY_MINUTES = 360;
const DEFAULT_NIGHT_MINUTES = 720;

/** One scheduled piece of work, in minutes from the academic year's first midnight. */
export interface Session {
  readonly start: number;
  readonly end: number;
  readonly kind: number;
  /** Day index the session belongs to (its date). */
  readonly day: number;
  /** SLOT_AM/PM/NIGHT for slot work, -1 for calls and extra duty. */
  readonly slot: number;
}

/** Work without any break: sessions that overlap or touch. */
export interface Stretch {
  readonly start: number;
  readonly end: number;
  readonly first: Session;
  /** The session that ends the stretch. */
  readonly last: Session;
}

/** Stretches joined across gaps shorter than the minimum rest between shifts. */
export interface DutyPeriod {
  readonly start: number;
  readonly end: number;
  readonly firstStretch: number;
  readonly lastStretch: number;
}

export interface PersonTimeline {
  readonly personId: string;
  readonly person: SchedulePerson | undefined;
  readonly isResident: boolean;
  readonly inputs: PersonInputs;
  /** Rotation index per block position, -1 when unassigned. */
  readonly rotationOfBlock: Int16Array;
  /** Per day × slot (index day * 3 + slot). */
  readonly slotRotation: Int16Array;
  readonly slotMinutes: Int32Array;
  readonly slotSource: Uint8Array;
  /** Index into inputs.overrides of the override that decided the slot, -1 if none. */
  readonly slotOverride: Int32Array;
  /** Index into inputs.absences of an approved blocking absence covering the day, -1 if none. */
  readonly absenceOfDay: Int32Array;
  readonly inHouseCall: Uint8Array;
  readonly atHomeCall: Uint8Array;
  readonly sessions: readonly Session[];
  readonly stretches: readonly Stretch[];
  readonly periods: readonly DutyPeriod[];
  /** Minutes worked inside each calendar day (sessions split at midnight, overlaps counted once). */
  readonly dayMinutes: Float64Array;
  /** 1 when duty touches the day or the person is on at-home call that day: a worked day. */
  readonly busy: Uint8Array;
  /**
   * Free days (ACGME: a continuous 24 h free period) per day: every gap between duty — work, in-house
   * call, extra duty, and at-home call's own hours, which may not sit on a free day — credits one free
   * day per whole 24 h it lasts, to the day each 24 h piece starts. So night float with one night off
   * (36 h free) earns a free day although no calendar date is untouched.
   */
  readonly freeDays: Uint8Array;
  readonly totalMinutes: number;
}

export const absenceBlocks = (a: PersonInputs['absences'][number]): boolean =>
  a.status === 'approved' && (a.blocking ?? ABSENCE_BLOCKS_BY_DEFAULT[a.type]);

function markAbsences(s: CompiledSchedule, inputs: PersonInputs): Int32Array {
  const absenceOfDay = new Int32Array(s.days).fill(-1);
  inputs.absences.forEach((a, i) => {
    if (!absenceBlocks(a)) return;
    const from = Math.max(0, dayNumber(a.startDate) - s.firstDay);
    const to = Math.min(s.days - 1, dayNumber(a.endDate) - s.firstDay);
    for (let d = from; d <= to; d++) absenceOfDay[d] = i;
  });
  return absenceOfDay;
}

function assignedRotations(s: CompiledSchedule, inputs: PersonInputs): Int16Array {
  const rotationOfBlock = new Int16Array(s.blocks.length).fill(-1);
  for (const a of inputs.assignments) {
    const pos = s.blockPosByNumber.get(a.block);
    const rot = s.rotationIndex.get(a.rotationId);
    if (pos !== undefined && rot !== undefined) rotationOfBlock[pos] = rot;
  }
  return rotationOfBlock;
}

function slotDefaultMinutes(s: CompiledSchedule, rot: number, slot: number): number {
  const r = rot >= 0 ? s.rotations[rot] : undefined;
  if (slot === SLOT_NIGHT) return r ? r.nightMinutes : DEFAULT_NIGHT_MINUTES;
  return r ? r.halfDayMinutes : DEFAULT_HALF_DAY_MINUTES;
}

export function expandPerson(s: CompiledSchedule, personId: string, inputs: PersonInputs): PersonTimeline {
  const idx = s.personIndex.get(personId);
  const person = idx === undefined ? undefined : s.people[idx];
  const days = s.days;
  const n = days * SLOTS_PER_DAY;
  const rotationOfBlock = assignedRotations(s, inputs);
  const absenceOfDay = markAbsences(s, inputs);
  const slotRotation = new Int16Array(n).fill(-1);
  const slotMinutes = new Int32Array(n);
  const slotSource = new Uint8Array(n);
  const slotOverride = new Int32Array(n).fill(-1);

  // Template work from the rotation of the block each day falls in.
  let weekday = weekdayOf(s.firstDay);
  for (let d = 0; d < days; d++, weekday = weekday === 6 ? 0 : weekday + 1) {
    const pos = s.blockOfDay[d]!;
    if (pos < 0) continue;
    const rot = rotationOfBlock[pos]!;
    if (rot < 0) continue;
    const r = s.rotations[rot]!;
    const onHoliday = s.holiday[d] === 1 && r.template.observesHolidays;
    const onLeave = absenceOfDay[d]! >= 0 && r.template.leaveEligible;
    for (let k = 0; k < SLOTS_PER_DAY; k++) {
      if (r.labels[weekday * SLOTS_PER_DAY + k] === null || onHoliday) continue;
      const i = d * SLOTS_PER_DAY + k;
      slotRotation[i] = rot;
      if (onLeave) {
        slotSource[i] = SRC_ABSENCE;
        continue;
      }
      slotSource[i] = SRC_TEMPLATE;
      slotMinutes[i] = k === SLOT_NIGHT ? r.nightMinutes : r.halfDayMinutes;
    }
  }

  // Overrides replace or clear one slot; a later override of the same slot wins.
  inputs.overrides.forEach((o, oi) => {
    const d = dayNumber(o.date) - s.firstDay;
    if (d < 0 || d >= days) return;
    const k = o.slot === 'AM' ? 0 : o.slot === 'PM' ? 1 : 2;
    const i = d * SLOTS_PER_DAY + k;
    slotSource[i] = SRC_OVERRIDE;
    slotOverride[i] = oi;
    if (o.activity === 'off') {
      slotMinutes[i] = 0;
      return;
    }
    const pos = s.blockOfDay[d]!;
    const rot = o.rotationId !== undefined ? (s.rotationIndex.get(o.rotationId) ?? -1) : pos >= 0 ? rotationOfBlock[pos]! : -1;
    slotRotation[i] = rot;
    slotMinutes[i] = o.hours !== undefined ? minutesOf(o.hours) : slotDefaultMinutes(s, rot, k);
  });

  const sessions: Session[] = [];
  for (let i = 0; i < n; i++) {
    const m = slotMinutes[i]!;
    if (m <= 0) continue;
    const d = (i / SLOTS_PER_DAY) | 0;
    const k = i - d * SLOTS_PER_DAY;
    const start = d * MINUTES_PER_DAY + s.slotStart[k as 0 | 1 | 2];
    sessions.push({ start, end: start + m, kind: KIND_SLOT, day: d, slot: k });
  }
  const inHouseCall = new Uint8Array(days);
  const atHomeCall = new Uint8Array(days);
  // At-home call is not work (not in the hours) but its hours are no free time either.
  const onCallAtHome: { start: number; end: number }[] = [];
  for (const c of inputs.calls) {
    const d = dayNumber(c.date) - s.firstDay;
    if (d < 0 || d >= days || (c.kind !== 'in-house' && c.kind !== 'at-home')) continue;
    const start = d * MINUTES_PER_DAY + (c.startTime !== undefined ? clockMinutes(c.startTime) : s.callStart);
    const end = start + (c.hours !== undefined ? minutesOf(c.hours) : s.callMinutes);
    if (c.kind === 'at-home') {
      atHomeCall[d] = 1;
      onCallAtHome.push({ start, end });
      continue;
    }
    inHouseCall[d] = 1;
    sessions.push({ start, end, kind: KIND_CALL, day: d, slot: -1 });
  }
  for (const e of inputs.extra) {
    const d = dayNumber(e.date) - s.firstDay;
    if (d < 0 || d >= days) continue;
    const start = d * MINUTES_PER_DAY + clockMinutes(e.startTime);
    sessions.push({ start, end: start + minutesOf(e.hours), kind: KIND_EXTRA, day: d, slot: -1 });
  }
  sessions.sort((a, b) => a.start - b.start || a.end - b.end);

  const stretches = joinStretches(sessions);
  const dayMinutes = new Float64Array(days);
  const busy = new Uint8Array(days);
  let totalMinutes = 0;
  for (const st of stretches) {
    let t = st.start;
    while (t < st.end) {
      const d = Math.floor(t / MINUTES_PER_DAY);
      const dayEnd = (d + 1) * MINUTES_PER_DAY;
      const piece = Math.min(st.end, dayEnd) - t;
      if (d >= 0 && d < days) {
        dayMinutes[d] = dayMinutes[d]! + piece;
        busy[d] = 1;
        totalMinutes += piece;
      }
      t += piece;
    }
  }
  for (let d = 0; d < days; d++) if (atHomeCall[d]) busy[d] = 1;

  return {
    personId,
    person,
    isResident: person?.kind === 'resident',
    inputs,
    rotationOfBlock,
    slotRotation,
    slotMinutes,
    slotSource,
    slotOverride,
    absenceOfDay,
    inHouseCall,
    atHomeCall,
    sessions,
    stretches,
    periods: joinPeriods(stretches, s.restBetweenMinutes),
    dayMinutes,
    busy,
    freeDays: freeDayCredits(days, stretches, onCallAtHome),
    totalMinutes,
  };
}

/** See PersonTimeline.freeDays; the year's edges bound the first and last gap. */
function freeDayCredits(days: number, stretches: readonly Stretch[], atHome: readonly { start: number; end: number }[]): Uint8Array {
  const credits = new Uint8Array(days);
  const yearEnd = days * MINUTES_PER_DAY;
  const credit = (from: number, to: number) => {
    // Pieces of one gap start 24 h apart and the next gap starts after this one ends: at most one credit a day.
    for (let t = from; to - t >= MINUTES_PER_DAY; t += MINUTES_PER_DAY) credits[Math.floor(t / MINUTES_PER_DAY)] = 1;
  };
  const duty = [...stretches, ...atHome].sort((a, b) => a.start - b.start);
  let freeFrom = 0;
  for (const x of duty) {
    if (x.start > freeFrom) credit(freeFrom, Math.min(x.start, yearEnd));
    freeFrom = Math.max(freeFrom, x.end);
  }
  credit(freeFrom, yearEnd);
  return credits;
}

function joinStretches(sessions: readonly Session[]): Stretch[] {
  const out: Stretch[] = [];
  let cur: { start: number; end: number; first: Session; last: Session } | undefined;
  for (const x of sessions) {
    if (cur && x.start <= cur.end) {
      if (x.end > cur.end) {
        cur.end = x.end;
        cur.last = x;
      }
      continue;
    }
    if (cur) out.push(cur);
    cur = { start: x.start, end: x.end, first: x, last: x };
  }
  if (cur) out.push(cur);
  return out;
}

function joinPeriods(stretches: readonly Stretch[], minRest: number): DutyPeriod[] {
  const out: DutyPeriod[] = [];
  let i = 0;
  while (i < stretches.length) {
    let j = i;
    while (j + 1 < stretches.length && stretches[j + 1]!.start - stretches[j]!.end < minRest) j++;
    out.push({ start: stretches[i]!.start, end: stretches[j]!.end, firstStretch: i, lastStretch: j });
    i = j + 1;
  }
  return out;
}

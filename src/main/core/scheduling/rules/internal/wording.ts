// Owns what every finding says the same way: the person's name as the document gives it, dates
// and ranges in coordinator wording, stable keys, rounded numbers and the grid cells a finding
// points at (bounded, so one finding never carries a whole year).
import type { FindingCell } from '../../../../../shared/domain';
import { type CompiledSchedule, SLOT_NAMES, SLOTS_PER_DAY } from '../../engine/compile';
import { KIND_CALL, KIND_SLOT, type PersonTimeline, type Session } from '../../engine/expand-person';
import { formatDay, formatDayRange, formatMinute, isoOfDay, MINUTES_PER_DAY } from '../../engine/internal/days';

/** At most this many cells per finding; the explanation gives the full count. */
export const MAX_CELLS = 100;

export const nameOf = (t: PersonTimeline): string => t.person?.name ?? t.personId;
export const iso = (s: CompiledSchedule, day: number): string => s.isoDates[day] ?? isoOfDay(s.firstDay + day);
export const dayText = (s: CompiledSchedule, day: number): string => formatDay(s.firstDay + day);
export const rangeText = (s: CompiledSchedule, a: number, b: number): string => formatDayRange(s.firstDay + a, s.firstDay + b);
export const minuteText = (s: CompiledSchedule, minute: number): string => formatMinute(s.firstDay * MINUTES_PER_DAY + minute);
/** Day index holding the last minute of [start, end). */
export const lastDayOf = (end: number): number => Math.floor((end - 1) / MINUTES_PER_DAY);
export const round1 = (x: number): number => Math.round(x * 10) / 10;
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "3rd " for every 3rd night; "" for every night. */
export function ordinal(n: number): string {
  if (n === 1) return '';
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix} `;
}

export const findingKey = (ruleId: string, subject: string, s: CompiledSchedule, day: number): string =>
  `${ruleId}|${subject}|${iso(s, day)}`;

/**
 * "2026-07-02T07:00": a minute of the year for keys of rules that can find two problems starting on
 * one date (rest after a 24 h stretch and after the longer period around it; two short rests a day).
 */
export function minuteStamp(s: CompiledSchedule, minute: number): string {
  const day = Math.floor(minute / MINUTES_PER_DAY);
  const m = minute - day * MINUTES_PER_DAY;
  return `${iso(s, day)}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** "a, b or c" */
export function listOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** Cells of the slots worked (and in-house calls) between two days, inclusive. */
/**
 * The worked cells of [from, to], bounded by MAX_CELLS but spread over the whole span: every worked
 * slot when they fit, else one per worked day, else every k-th worked day — so a finding over two
 * blocks marks both blocks in the grid, not only the first 50 days.
 */
export function workCells(s: CompiledSchedule, t: PersonTimeline, from: number, to: number): FindingCell[] {
  const perDay: FindingCell[][] = [];
  let total = 0;
  for (let d = Math.max(0, from); d <= Math.min(to, s.days - 1); d++) {
    const day: FindingCell[] = [];
    for (let k = 0; k < SLOTS_PER_DAY; k++) {
      const worked = t.slotMinutes[d * SLOTS_PER_DAY + k]! > 0 || (k === 2 && t.inHouseCall[d] === 1);
      if (worked) day.push({ personId: t.personId, date: iso(s, d), slot: SLOT_NAMES[k] });
    }
    if (day.length > 0) {
      perDay.push(day);
      total += day.length;
    }
  }
  if (total <= MAX_CELLS) return perDay.flat();
  const stride = Math.ceil(perDay.length / MAX_CELLS);
  return perDay.filter((_, i) => i % stride === 0).map((day) => day[0]!);
}

/** First and last day in [from, to] with any duty (busy), or null when there is none. */
export function busySpan(s: CompiledSchedule, t: PersonTimeline, from: number, to: number): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let d = Math.max(0, from); d <= Math.min(to, s.days - 1); d++) {
    if (t.busy[d] === 1) {
      if (first < 0) first = d;
      last = d;
    }
  }
  return first < 0 ? null : [first, last];
}

/** The cell a session sits in: its slot, the call night, or the whole day for extra duty. */
export function sessionCell(s: CompiledSchedule, personId: string, x: Session): FindingCell {
  if (x.kind === KIND_SLOT) return { personId, date: iso(s, x.day), slot: SLOT_NAMES[x.slot]! };
  if (x.kind === KIND_CALL) return { personId, date: iso(s, x.day), slot: 'NIGHT' };
  return { personId, date: iso(s, x.day) };
}

/** Short description of a session for suggestions: "the PM half-day of 2 Jul 2026". */
export function sessionText(s: CompiledSchedule, x: Session): string {
  if (x.kind === KIND_SLOT) return x.slot === 2 ? `the night shift of ${dayText(s, x.day)}` : `the ${SLOT_NAMES[x.slot]} half-day of ${dayText(s, x.day)}`;
  if (x.kind === KIND_CALL) return `the in-house call of ${dayText(s, x.day)}`;
  return `the extra duty of ${dayText(s, x.day)}`;
}

/** The last few days in [from, to] with work, latest first, as coordinator dates. */
export function workedDaysText(s: CompiledSchedule, t: PersonTimeline, from: number, to: number, count: number): string[] {
  const out: string[] = [];
  for (let d = Math.min(to, s.days - 1); d >= Math.max(0, from) && out.length < count; d--) {
    if (t.dayMinutes[d]! > 0 || t.busy[d] === 1) out.push(dayText(s, d));
  }
  return out;
}

// Owns calendar arithmetic on the schedule's dates (YYYY-MM-DD, wall-clock, no time zones): adding
// days, the Monday of a week, weekday names. UTC is used only as a zone-free calendar.
import type { IsoDate } from '../../../../shared/domain';

const toUtc = (date: IsoDate): Date => new Date(`${date}T00:00:00Z`);
const fromUtc = (d: Date): IsoDate => d.toISOString().slice(0, 10);

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** The Monday on or before `date`. */
export function mondayOf(date: IsoDate): IsoDate {
  const day = toUtc(date).getUTCDay(); // 0 = Sunday
  return addDays(date, -((day + 6) % 7));
}

/** `count` consecutive dates from `start`. */
export const datesFrom = (start: IsoDate, count: number): IsoDate[] => Array.from({ length: count }, (_, i) => addDays(start, i));

const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' });
const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const LONG = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Mon 7 Jul". */
export const shortDay = (date: IsoDate): string => `${WEEKDAY.format(toUtc(date))} ${DAY_MONTH.format(toUtc(date))}`;
/** "7 Jul". */
export const dayMonth = (date: IsoDate): string => DAY_MONTH.format(toUtc(date));
/** "Monday 7 July 2025". */
export const longDay = (date: IsoDate): string => LONG.format(toUtc(date));

/** Today on the workstation's wall clock. */
export function localToday(now = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

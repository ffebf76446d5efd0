// Owns calendar arithmetic on YYYY-MM-DD strings. Dates are wall-clock calendar dates (no zones):
// they are computed in UTC so no daylight-saving change can shift a day.
import type { IsoDate, Weekday } from '../../../../shared/domain';

const DAY_MS = 86_400_000;
const WEEKDAY_OF_UTC_DAY: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const toUtc = (d: IsoDate) => Date.parse(`${d}T00:00:00Z`);
const fromUtc = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

export const addDays = (d: IsoDate, n: number): IsoDate => fromUtc(toUtc(d) + n * DAY_MS);
export const daysBetween = (from: IsoDate, to: IsoDate) => Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
export const weekdayOf = (d: IsoDate): Weekday => WEEKDAY_OF_UTC_DAY[new Date(toUtc(d)).getUTCDay()]!;

/** The calendar date the local wall clock shows at `now`. */
export function localDate(now: Date): IsoDate {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** The June 30 that ends the academic year starting on `start` (a start in June belongs to the next year). */
export function academicYearEnd(start: IsoDate): IsoDate {
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7));
  return `${month >= 6 ? year + 1 : year}-06-30`;
}

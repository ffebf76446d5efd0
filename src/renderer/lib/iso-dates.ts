// Owns calendar arithmetic on the contract's IsoDate strings (YYYY-MM-DD). A schedule runs on the
// hospital's wall clock, so dates carry no zone: arithmetic is done on UTC midnights, where no
// daylight-saving shift can add or lose a day.
const DAY_MS = 86_400_000;

const toTime = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const fromTime = (t: number): string => new Date(t).toISOString().slice(0, 10);

export const addDays = (iso: string, days: number): string => fromTime(toTime(iso) + days * DAY_MS);

/** Days from `from` to `to` counting both ends (2026-07-01 … 2026-07-28 is 28). */
export const daysInclusive = (from: string, to: string): number => Math.round((toTime(to) - toTime(from)) / DAY_MS) + 1;

/** Today as the person's own calendar has it. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** 0 = Monday … 6 = Sunday. */
export const weekdayIndex = (iso: string): number => (new Date(toTime(iso)).getUTCDay() + 6) % 7;

/** A month as "YYYY-MM". */
export const monthOf = (iso: string): string => iso.slice(0, 7);

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}

/** Every date of a "YYYY-MM" month, in order. */
export function datesOfMonth(month: string): string[] {
  const first = `${month}-01`;
  const out: string[] = [];
  for (let d = first; monthOf(d) === month; d = addDays(d, 1)) out.push(d);
  return out;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const weekdayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: 'UTC' });

/** A date as people read it: "1 Jul 2026" (in their locale). */
export const formatDate = (iso: string): string => dateFormat.format(new Date(toTime(iso)));
export const formatMonth = (month: string): string => monthFormat.format(new Date(toTime(`${month}-01`)));
export const formatWeekday = (iso: string): string => weekdayFormat.format(new Date(toTime(iso)));
export const formatDateRange = (from: string, to: string): string => (from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`);

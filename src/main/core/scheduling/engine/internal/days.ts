// Owns the engine's calendar arithmetic: ISO dates <-> integer day numbers (days since 1970-01-01
// on the proleptic Gregorian calendar, no time zones: a residency runs on its hospital's wall
// clock), weekdays, HH:MM -> minutes, and the short date wording findings use.

export const MINUTES_PER_DAY = 1440;

/** Day number of a YYYY-MM-DD date (H. Hinnant's days_from_civil). */
export function dayNumber(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

interface Civil {
  y: number;
  m: number;
  d: number;
}

function civil(n: number): Civil {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** YYYY-MM-DD of a day number. */
export function isoOfDay(n: number): string {
  const c = civil(n);
  return `${pad(c.y, 4)}-${pad(c.m, 2)}-${pad(c.d, 2)}`;
}

/** 0 = Monday … 6 = Sunday (day 0, 1970-01-01, was a Thursday). */
export const weekdayOf = (n: number): number => (((n + 3) % 7) + 7) % 7;

/** Minutes after midnight of an HH:MM time. */
export const clockMinutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "5 Aug 2026". */
export function formatDay(n: number): string {
  const c = civil(n);
  return `${c.d} ${MONTHS[c.m - 1]} ${c.y}`;
}

/** "1–28 Jul 2026", "29 Jul – 25 Aug 2026", "17 Jun 2026 – 14 Jul 2027"; one day reads as that day. */
export function formatDayRange(a: number, b: number): string {
  if (a === b) return formatDay(a);
  const x = civil(a);
  const y = civil(b);
  if (x.y !== y.y) return `${formatDay(a)} – ${formatDay(b)}`;
  if (x.m !== y.m) return `${x.d} ${MONTHS[x.m - 1]} – ${y.d} ${MONTHS[y.m - 1]} ${y.y}`;
  return `${x.d}–${y.d} ${MONTHS[y.m - 1]} ${y.y}`;
}

/** "Tue 5 Aug 07:00" for an absolute minute on the day-number scale. */
export function formatMinute(abs: number): string {
  const day = Math.floor(abs / MINUTES_PER_DAY);
  const min = abs - day * MINUTES_PER_DAY;
  const c = civil(day);
  const wd = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][weekdayOf(day)];
  return `${wd} ${c.d} ${MONTHS[c.m - 1]} ${pad(Math.floor(min / 60), 2)}:${pad(min % 60, 2)}`;
}

/** Hours with one decimal: 84 -> "84.0". */
export const hours1 = (minutes: number): string => (minutes / 60).toFixed(1);

// Owns the rules of a year's holiday list as plain data: one holiday per date, inside the year,
// named; the list kept in date order; and what to say when a new one does not fit.
import { Holiday } from '../../../../shared/domain';

export interface HolidayDraft {
  date: string;
  name: string;
}

export interface HolidayProblems {
  date?: string;
  name?: string;
}

export const byDate = (list: readonly Holiday[]): Holiday[] => [...list].sort((a, b) => a.date.localeCompare(b.date));

/** The holiday to add, or why it cannot be added to `list` in a year running `from`–`to`. */
export function checkHoliday(
  list: readonly Holiday[],
  draft: HolidayDraft,
  year: { startDate: string; endDate: string },
): { ok: true; holiday: Holiday } | { ok: false; problems: HolidayProblems } {
  const problems: HolidayProblems = {};
  const parsed = Holiday.safeParse({ date: draft.date, name: draft.name.trim() });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.path[0] === 'date') problems.date = 'Enter the date as YYYY-MM-DD.';
      if (issue.path[0] === 'name') problems.name = 'Name the holiday (up to 80 characters).';
    }
  }
  if (!problems.date && (draft.date < year.startDate || draft.date > year.endDate)) {
    problems.date = `Choose a date inside this academic year (${year.startDate} to ${year.endDate}).`;
  }
  const taken = list.find((h) => h.date === draft.date);
  if (!problems.date && taken) problems.date = `${draft.date} is already a holiday (${taken.name}).`;
  return parsed.success && !problems.date && !problems.name ? { ok: true, holiday: parsed.data } : { ok: false, problems };
}

export const withHoliday = (list: readonly Holiday[], holiday: Holiday): Holiday[] => byDate([...list, holiday]);

export const withoutHoliday = (list: readonly Holiday[], date: string): Holiday[] => list.filter((h) => h.date !== date);

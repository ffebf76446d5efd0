// Plain selectors over programs and academic years.
import type { AcademicYear, Program } from '../../../../shared/domain';

/** The year a person most likely means: the one containing today, else the latest that started. */
export function preferredYear(years: readonly AcademicYear[], today: string): AcademicYear | null {
  const current = years.find((y) => y.startDate <= today && today <= y.endDate);
  if (current) return current;
  const started = years.filter((y) => y.startDate <= today);
  const pool = started.length > 0 ? started : years;
  return [...pool].sort((a, b) => b.startDate.localeCompare(a.startDate))[0] ?? null;
}

export const programLabel = (p: Pick<Program, 'code' | 'name'>): string => `${p.name} (${p.code})`;

/** What a year is called in pickers and headings. */
export const yearLabel = (y: Pick<AcademicYear, 'label'>): string => y.label;

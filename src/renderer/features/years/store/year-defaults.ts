// Owns the suggestions the new-year form starts from: the day after the latest year ends (else
// the next July 1), and a label like "2026–2027".
import type { AcademicYear } from '../../../../shared/domain';
import { addDays } from '../../../lib/iso-dates';

export function suggestedStart(years: readonly AcademicYear[], today: string): string {
  const latest = [...years].sort((a, b) => b.endDate.localeCompare(a.endDate))[0];
  if (latest) return addDays(latest.endDate, 1);
  const year = Number(today.slice(0, 4));
  const julyFirst = `${year}-07-01`;
  return today <= julyFirst ? julyFirst : `${year + 1}-07-01`;
}

export function suggestedLabel(startDate: string): string {
  const y = Number(startDate.slice(0, 4));
  return Number.isFinite(y) && /^\d{4}-/.test(startDate) ? `${y}–${y + 1}` : '';
}

/** The year most recently started before `startDate`: what a new year usually rolls over from. */
export function rolloverCandidate(years: readonly AcademicYear[], startDate: string): AcademicYear | null {
  return [...years].filter((y) => y.startDate < startDate).sort((a, b) => b.startDate.localeCompare(a.startDate))[0] ?? null;
}

// Owns laying absences out on a month: which months the year spans, and for each person the rows
// ("lanes") their absences need so that overlapping ones do not hide each other.
import type { Absence, AbsenceStatus, AbsenceType } from '../../../../shared/domain';
import { addMonths, monthOf } from '../../../lib/iso-dates';

export const typeLabel: Record<AbsenceType, string> = {
  vacation: 'Vacation',
  sick: 'Sick',
  conference: 'Conference',
  parental: 'Parental',
  bereavement: 'Bereavement',
  education: 'Education',
  other: 'Other',
};

/** Short mark shown in the calendar so the type does not depend on colour. */
export const typeMark: Record<AbsenceType, string> = {
  vacation: 'VAC',
  sick: 'SICK',
  conference: 'CONF',
  parental: 'PAR',
  bereavement: 'BRV',
  education: 'EDU',
  other: 'OTH',
};

export const statusLabel: Record<AbsenceStatus, string> = { requested: 'Requested', approved: 'Approved', denied: 'Denied' };

export function monthsOf(year: { startDate: string; endDate: string }): string[] {
  const out: string[] = [];
  for (let m = monthOf(year.startDate); m <= monthOf(year.endDate); m = addMonths(m, 1)) out.push(m);
  return out;
}

/** The month to open on: today's, when it lies in the year; else the year's first. */
export function initialMonth(year: { startDate: string; endDate: string }, today: string): string {
  return today >= year.startDate && today <= year.endDate ? monthOf(today) : monthOf(year.startDate);
}

/** Absences touching `month`, split into lanes where none overlap, each lane sorted by start. */
export function lanesFor(absences: readonly Absence[], month: string): Absence[][] {
  const first = `${month}-01`;
  const last = `${month}-31`;
  const touching = absences.filter((a) => a.startDate <= last && a.endDate >= first).sort((a, b) => a.startDate.localeCompare(b.startDate));
  const lanes: Absence[][] = [];
  for (const a of touching) {
    const lane = lanes.find((l) => l[l.length - 1]!.endDate < a.startDate);
    if (lane) lane.push(a);
    else lanes.push([a]);
  }
  return lanes;
}

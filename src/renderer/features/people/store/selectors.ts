// Plain selectors over people and the year's roster: the rows the table shows, and the filter.
import type { FacultyRole, Person, PersonKind, RosterEntry } from '../../../../shared/domain';

export interface PersonRow {
  person: Person;
  entry: RosterEntry | null;
}

/** 'all', 'pgy-<n>', 'faculty', 'other', 'off-roster' (no entry, or graduated). */
export type PeopleFilter = string;

export const kindLabel: Record<PersonKind, string> = { resident: 'Resident', faculty: 'Faculty', other: 'Other staff' };

export const facultyRoleLabel: Record<FacultyRole, string> = {
  'program-director': 'Program director',
  'associate-program-director': 'Associate program director',
  'core-faculty': 'Core faculty',
  attending: 'Attending',
};

export function rowsFor(people: readonly Person[], roster: readonly RosterEntry[]): PersonRow[] {
  const byPerson = new Map(roster.map((e) => [e.personId, e]));
  return people
    .map((person) => ({ person, entry: byPerson.get(person.id) ?? null }))
    .sort((a, b) => a.person.name.localeCompare(b.person.name));
}

/** PGY levels present on the roster, for the filter. */
export const pgyLevels = (roster: readonly RosterEntry[]): number[] =>
  [...new Set(roster.filter((e) => e.active && e.pgy !== null).map((e) => e.pgy!))].sort((a, b) => a - b);

export function matches(row: PersonRow, search: string, filter: PeopleFilter): boolean {
  const q = search.trim().toLowerCase();
  if (q && !row.person.name.toLowerCase().includes(q) && !(row.person.email ?? '').toLowerCase().includes(q)) return false;
  const { entry, person } = row;
  if (filter === 'all') return true;
  if (filter === 'off-roster') return !entry || !entry.active;
  if (filter === 'faculty' || filter === 'other') return person.kind === filter;
  if (filter.startsWith('pgy-')) return !!entry && entry.active && entry.pgy === Number(filter.slice(4));
  return true;
}

/** What the "Year" column says about a person this year. */
export function rosterSummary(row: PersonRow): string {
  const { entry } = row;
  if (!entry) return 'Not on this year’s roster';
  if (!entry.active) return 'Graduated / inactive';
  if (entry.pgy !== null) return `PGY-${entry.pgy}`;
  if (entry.facultyRole) return facultyRoleLabel[entry.facultyRole];
  return 'On the roster';
}

/** Credentials typed as "ACLS, PALS" → ["ACLS", "PALS"], trimmed, no repeats. */
export const parseCredentials = (text: string): string[] => [...new Set(text.split(',').map((s) => s.trim()).filter(Boolean))];

// Owns SQL over roster: a person's place in one academic year (PGY, faculty role, credentials).
import { all, one, type ReadableDb, run, type WritableDb } from '../db-access';
import { sql } from '../sql';

export interface RosterRow {
  year_id: string;
  person_id: string;
  pgy: number | null;
  faculty_role: string | null;
  /** JSON array of strings. */
  credentials: string;
  active: 0 | 1;
}

export const rosterOfYear = (db: ReadableDb, yearId: string) =>
  all<RosterRow>(db, sql`SELECT * FROM roster WHERE year_id = ${yearId} ORDER BY person_id`);

export const rosterEntry = (db: ReadableDb, yearId: string, personId: string) =>
  one<RosterRow>(db, sql`SELECT * FROM roster WHERE year_id = ${yearId} AND person_id = ${personId}`);

export const upsertRosterEntry = (db: WritableDb, r: RosterRow) =>
  run(
    db,
    sql`INSERT INTO roster (year_id, person_id, pgy, faculty_role, credentials, active)
        VALUES (${r.year_id}, ${r.person_id}, ${r.pgy}, ${r.faculty_role}, ${r.credentials}, ${r.active})
        ON CONFLICT (year_id, person_id) DO UPDATE SET pgy = excluded.pgy, faculty_role = excluded.faculty_role,
          credentials = excluded.credentials, active = excluded.active`,
  );

/** Whether the person is on any academic year's roster (their schedule history hangs off it). */
export const isOnAnyRoster = (db: ReadableDb, personId: string): boolean =>
  one<{ n: number }>(db, sql`SELECT 1 AS n FROM roster WHERE person_id = ${personId} LIMIT 1`) !== undefined;

// Owns SQL over call_assignments: at most one person per call kind per date.
import { all, one, type ReadableDb, run, type WritableDb } from '../db-access';
import { sql } from '../sql';

export interface CallAssignmentRow {
  year_id: string;
  date: string;
  kind: 'in-house' | 'at-home' | 'backup';
  person_id: string;
  start_time: string | null;
  hours: number | null;
}

export const callsOfYear = (db: ReadableDb, yearId: string) =>
  all<CallAssignmentRow>(db, sql`SELECT * FROM call_assignments WHERE year_id = ${yearId} ORDER BY date, kind`);

export const callAt = (db: ReadableDb, yearId: string, date: string, kind: string) =>
  one<CallAssignmentRow>(db, sql`SELECT * FROM call_assignments WHERE year_id = ${yearId} AND date = ${date} AND kind = ${kind}`);

export const upsertCall = (db: WritableDb, r: CallAssignmentRow) =>
  run(
    db,
    sql`INSERT INTO call_assignments (year_id, date, kind, person_id, start_time, hours)
        VALUES (${r.year_id}, ${r.date}, ${r.kind}, ${r.person_id}, ${r.start_time}, ${r.hours})
        ON CONFLICT (year_id, date, kind) DO UPDATE SET person_id = excluded.person_id, start_time = excluded.start_time, hours = excluded.hours`,
  );

export const deleteCall = (db: WritableDb, yearId: string, date: string, kind: string) =>
  run(db, sql`DELETE FROM call_assignments WHERE year_id = ${yearId} AND date = ${date} AND kind = ${kind}`);

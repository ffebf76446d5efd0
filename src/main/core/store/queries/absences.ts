// Owns SQL over absences. The reason is a field-encryption envelope (reason_enc) under the
// program's data key; every query is scoped by year (and so by program).
import { all, one, type ReadableDb, run, type WritableDb } from '../db-access';
import { sql } from '../sql';

export interface AbsenceRow {
  id: string;
  year_id: string;
  program_id: string;
  person_id: string;
  start_date: string;
  end_date: string;
  type: 'vacation' | 'sick' | 'conference' | 'parental' | 'bereavement' | 'education' | 'other';
  status: 'requested' | 'approved' | 'denied';
  blocking: 0 | 1 | null;
  reason_enc: Buffer | null;
  key_version: number;
  created_at: string;
  updated_at: string;
}

export const absencesOfYear = (db: ReadableDb, yearId: string) =>
  all<AbsenceRow>(db, sql`SELECT * FROM absences WHERE year_id = ${yearId} ORDER BY start_date, id`);

export const absenceById = (db: ReadableDb, yearId: string, id: string) =>
  one<AbsenceRow>(db, sql`SELECT * FROM absences WHERE year_id = ${yearId} AND id = ${id}`);

export const upsertAbsence = (db: WritableDb, r: AbsenceRow) =>
  run(
    db,
    sql`INSERT INTO absences (id, year_id, program_id, person_id, start_date, end_date, type, status, blocking, reason_enc, key_version, created_at, updated_at)
        VALUES (${r.id}, ${r.year_id}, ${r.program_id}, ${r.person_id}, ${r.start_date}, ${r.end_date}, ${r.type}, ${r.status}, ${r.blocking},
                ${r.reason_enc}, ${r.key_version}, ${r.created_at}, ${r.updated_at})
        ON CONFLICT (id) DO UPDATE SET person_id = excluded.person_id, start_date = excluded.start_date, end_date = excluded.end_date,
          type = excluded.type, status = excluded.status, blocking = excluded.blocking, reason_enc = excluded.reason_enc,
          key_version = excluded.key_version, updated_at = excluded.updated_at
        WHERE absences.year_id = excluded.year_id`,
  );

export const deleteAbsence = (db: WritableDb, yearId: string, id: string) =>
  run(db, sql`DELETE FROM absences WHERE year_id = ${yearId} AND id = ${id}`);

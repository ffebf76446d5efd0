// Owns SQL over academic_years. Every query is scoped by program_id.
import { all, one, type ReadableDb, run, type WritableDb } from '../db-access';
import { sql } from '../sql';

export interface AcademicYearRow {
  id: string;
  program_id: string;
  label: string;
  start_date: string;
  end_date: string;
  published_version: number | null;
  created_at: string;
}

export const insertAcademicYear = (db: WritableDb, r: AcademicYearRow) =>
  run(
    db,
    sql`INSERT INTO academic_years (id, program_id, label, start_date, end_date, published_version, created_at)
        VALUES (${r.id}, ${r.program_id}, ${r.label}, ${r.start_date}, ${r.end_date}, ${r.published_version}, ${r.created_at})`,
  );

export const academicYearById = (db: ReadableDb, programId: string, id: string) =>
  one<AcademicYearRow>(db, sql`SELECT * FROM academic_years WHERE program_id = ${programId} AND id = ${id}`);

export const academicYearsOfProgram = (db: ReadableDb, programId: string) =>
  all<AcademicYearRow>(db, sql`SELECT * FROM academic_years WHERE program_id = ${programId} ORDER BY start_date, id`);

export const setPublishedVersion = (db: WritableDb, id: string, version: number) =>
  run(db, sql`UPDATE academic_years SET published_version = ${version} WHERE id = ${id}`);

// Owns SQL over extra_duty: moonlighting and clinical work from home, counted in weekly hours.
import { all, one, type ReadableDb, run, type WritableDb } from '../db-access';
import { sql } from '../sql';

export interface ExtraDutyRow {
  id: number;
  year_id: string;
  person_id: string;
  date: string;
  start_time: string;
  hours: number;
  kind: 'moonlighting' | 'home-clinical';
}

export const extraDutyOfYear = (db: ReadableDb, yearId: string) =>
  all<ExtraDutyRow>(db, sql`SELECT * FROM extra_duty WHERE year_id = ${yearId} ORDER BY date, person_id, id`);

/** The channel keeps at most one row per person, date and kind (the engine sums whatever is there). */
export const extraDutyAt = (db: ReadableDb, yearId: string, personId: string, date: string, kind: ExtraDutyRow['kind']) =>
  one<ExtraDutyRow>(db, sql`SELECT * FROM extra_duty WHERE year_id = ${yearId} AND person_id = ${personId} AND date = ${date} AND kind = ${kind} ORDER BY id LIMIT 1`);

export const deleteExtraDuty = (db: WritableDb, yearId: string, personId: string, date: string, kind: ExtraDutyRow['kind']) =>
  run(db, sql`DELETE FROM extra_duty WHERE year_id = ${yearId} AND person_id = ${personId} AND date = ${date} AND kind = ${kind}`);

export const insertExtraDuty = (db: WritableDb, r: Omit<ExtraDutyRow, 'id'>) =>
  run(
    db,
    sql`INSERT INTO extra_duty (year_id, person_id, date, start_time, hours, kind)
        VALUES (${r.year_id}, ${r.person_id}, ${r.date}, ${r.start_time}, ${r.hours}, ${r.kind})`,
  );

// Owns SQL over extra_duty: moonlighting and clinical work from home, counted in weekly hours.
import { all, type ReadableDb } from '../db-access';
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

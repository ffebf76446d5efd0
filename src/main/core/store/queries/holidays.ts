// Owns SQL over holidays: one name per date per academic year.
import { all, type ReadableDb, run, type WritableDb } from '../db-access';
import { sql } from '../sql';

export interface HolidayRow {
  year_id: string;
  date: string;
  name: string;
}

export const holidaysOfYear = (db: ReadableDb, yearId: string) =>
  all<HolidayRow>(db, sql`SELECT * FROM holidays WHERE year_id = ${yearId} ORDER BY date`);

/** Replaces every holiday of the year; call inside a transaction. */
export function replaceHolidays(db: WritableDb, yearId: string, holidays: readonly { date: string; name: string }[]) {
  run(db, sql`DELETE FROM holidays WHERE year_id = ${yearId}`);
  for (const h of holidays) run(db, sql`INSERT INTO holidays (year_id, date, name) VALUES (${yearId}, ${h.date}, ${h.name})`);
}

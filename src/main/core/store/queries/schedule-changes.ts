// Owns SQL over schedule_changes: the log of draft edits (who, when, what subject, short before
// and after summaries that never hold personal data). published_in is the version that took them.
import { all, one, type ReadableDb, run, type WritableDb } from '../db-access';
import { sql } from '../sql';

export type ScheduleChangeKind = 'assignment' | 'override' | 'call' | 'extra-duty' | 'absence' | 'rotation' | 'holiday' | 'parameters' | 'roster' | 'blocks';

export interface ScheduleChangeRow {
  id: number;
  year_id: string;
  at: string;
  user_id: string;
  kind: ScheduleChangeKind;
  subject: string;
  before: string | null;
  after: string | null;
  published_in: number | null;
}

export const insertScheduleChange = (db: WritableDb, r: Omit<ScheduleChangeRow, 'id' | 'published_in'>) =>
  run(
    db,
    sql`INSERT INTO schedule_changes (year_id, at, user_id, kind, subject, before, after)
        VALUES (${r.year_id}, ${r.at}, ${r.user_id}, ${r.kind}, ${r.subject}, ${r.before}, ${r.after})`,
  );

export const countPendingChanges = (db: ReadableDb, yearId: string) =>
  one<{ n: number }>(db, sql`SELECT count(*) AS n FROM schedule_changes WHERE year_id = ${yearId} AND published_in IS NULL`)!.n;

/** Marks every pending change as taken by `version`. */
export const markChangesPublished = (db: WritableDb, yearId: string, version: number) =>
  run(db, sql`UPDATE schedule_changes SET published_in = ${version} WHERE year_id = ${yearId} AND published_in IS NULL`);

/** Changes taken by versions in (afterVersion, throughVersion], plus pending ones when throughVersion is null. */
export const changesBetween = (db: ReadableDb, yearId: string, afterVersion: number, throughVersion: number | null) =>
  throughVersion === null
    ? all<ScheduleChangeRow>(
        db,
        sql`SELECT * FROM schedule_changes WHERE year_id = ${yearId} AND (published_in IS NULL OR published_in > ${afterVersion}) ORDER BY id`,
      )
    : all<ScheduleChangeRow>(
        db,
        sql`SELECT * FROM schedule_changes WHERE year_id = ${yearId} AND published_in > ${afterVersion} AND published_in <= ${throughVersion} ORDER BY id`,
      );

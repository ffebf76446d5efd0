// Owns SQL over halfday_overrides: manual changes to one slot of the derived grid. The reason is a
// field-encryption envelope (reason_enc) under the program's data key.
import { all, one, type ReadableDb, run, type WritableDb } from '../db-access';
import { sql } from '../sql';

export interface HalfDayOverrideRow {
  id: string;
  year_id: string;
  program_id: string;
  person_id: string;
  date: string;
  slot: 'AM' | 'PM' | 'NIGHT';
  activity: 'work' | 'off';
  rotation_id: string | null;
  hours: number | null;
  reason_enc: Buffer;
  key_version: number;
}

export const overridesOfYear = (db: ReadableDb, yearId: string) =>
  all<HalfDayOverrideRow>(db, sql`SELECT * FROM halfday_overrides WHERE year_id = ${yearId} ORDER BY date, person_id, slot`);

export const overrideAt = (db: ReadableDb, yearId: string, personId: string, date: string, slot: string) =>
  one<HalfDayOverrideRow>(
    db,
    sql`SELECT * FROM halfday_overrides WHERE year_id = ${yearId} AND person_id = ${personId} AND date = ${date} AND slot = ${slot}`,
  );

export const insertOverride = (db: WritableDb, r: HalfDayOverrideRow) =>
  run(
    db,
    sql`INSERT INTO halfday_overrides (id, year_id, program_id, person_id, date, slot, activity, rotation_id, hours, reason_enc, key_version)
        VALUES (${r.id}, ${r.year_id}, ${r.program_id}, ${r.person_id}, ${r.date}, ${r.slot}, ${r.activity}, ${r.rotation_id}, ${r.hours}, ${r.reason_enc}, ${r.key_version})`,
  );

export const deleteOverride = (db: WritableDb, yearId: string, id: string) =>
  run(db, sql`DELETE FROM halfday_overrides WHERE year_id = ${yearId} AND id = ${id}`);

export const countOverridesOfRotation = (db: ReadableDb, yearId: string, rotationId: string) =>
  one<{ n: number }>(db, sql`SELECT count(*) AS n FROM halfday_overrides WHERE year_id = ${yearId} AND rotation_id = ${rotationId}`)!.n;

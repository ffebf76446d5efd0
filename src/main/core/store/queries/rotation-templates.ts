// Owns SQL over rotation_templates: one JSON body per template, per academic year.
import { all, one, type ReadableDb, run, type WritableDb } from '../db-access';
import { sql } from '../sql';

export interface RotationTemplateRow {
  year_id: string;
  id: string;
  code: string;
  /** The RotationTemplate as JSON. */
  body: string;
}

export const rotationsOfYear = (db: ReadableDb, yearId: string) =>
  all<RotationTemplateRow>(db, sql`SELECT * FROM rotation_templates WHERE year_id = ${yearId} ORDER BY code`);

export const rotationById = (db: ReadableDb, yearId: string, id: string) =>
  one<RotationTemplateRow>(db, sql`SELECT * FROM rotation_templates WHERE year_id = ${yearId} AND id = ${id}`);

export const rotationByCode = (db: ReadableDb, yearId: string, code: string) =>
  one<RotationTemplateRow>(db, sql`SELECT * FROM rotation_templates WHERE year_id = ${yearId} AND code = ${code}`);

export const upsertRotation = (db: WritableDb, r: RotationTemplateRow) =>
  run(
    db,
    sql`INSERT INTO rotation_templates (year_id, id, code, body) VALUES (${r.year_id}, ${r.id}, ${r.code}, ${r.body})
        ON CONFLICT (year_id, id) DO UPDATE SET code = excluded.code, body = excluded.body`,
  );

export const deleteRotation = (db: WritableDb, yearId: string, id: string) =>
  run(db, sql`DELETE FROM rotation_templates WHERE year_id = ${yearId} AND id = ${id}`);

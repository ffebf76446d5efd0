// Owns SQL over the programs table.
import { all, one, type ReadableDb, run, type WritableDb } from '../db-access';
import { sql } from '../sql';

export interface ProgramRow {
  id: string;
  code: string;
  name: string;
  data_key_version: number;
  created_at: string;
  updated_at: string;
}

export const insertProgram = (db: WritableDb, r: ProgramRow) =>
  run(db, sql`INSERT INTO programs (id, code, name, data_key_version, created_at, updated_at)
              VALUES (${r.id}, ${r.code}, ${r.name}, ${r.data_key_version}, ${r.created_at}, ${r.updated_at})`);

export const programById = (db: ReadableDb, id: string) => one<ProgramRow>(db, sql`SELECT * FROM programs WHERE id = ${id}`);

export const programByCode = (db: ReadableDb, code: string) => one<ProgramRow>(db, sql`SELECT * FROM programs WHERE code = ${code}`);

export const listPrograms = (db: ReadableDb) => all<ProgramRow>(db, sql`SELECT * FROM programs ORDER BY code`);

// Owns SQL over the people table. Every query is scoped by program_id: a row of another program
// is simply not found, whatever id is asked for.
import { all, one, type ReadableDb, run, type WritableDb } from '../db-access';
import { sql } from '../sql';

export interface PersonRow {
  id: string;
  program_id: string;
  kind: 'resident' | 'faculty' | 'other';
  name_enc: Buffer;
  email_enc: Buffer | null;
  email_bidx: Buffer | null;
  phone_enc: Buffer | null;
  licence_enc: Buffer | null;
  licence_bidx: Buffer | null;
  notes_enc: Buffer | null;
  key_version: number;
  created_at: string;
  updated_at: string;
}

export const insertPerson = (db: WritableDb, r: PersonRow) =>
  run(
    db,
    sql`INSERT INTO people (id, program_id, kind, name_enc, email_enc, email_bidx, phone_enc, licence_enc, licence_bidx, notes_enc, key_version, created_at, updated_at)
        VALUES (${r.id}, ${r.program_id}, ${r.kind}, ${r.name_enc}, ${r.email_enc}, ${r.email_bidx}, ${r.phone_enc}, ${r.licence_enc}, ${r.licence_bidx}, ${r.notes_enc}, ${r.key_version}, ${r.created_at}, ${r.updated_at})`,
  );

export const updatePerson = (db: WritableDb, r: PersonRow) =>
  run(
    db,
    sql`UPDATE people SET kind = ${r.kind}, name_enc = ${r.name_enc}, email_enc = ${r.email_enc}, email_bidx = ${r.email_bidx},
          phone_enc = ${r.phone_enc}, licence_enc = ${r.licence_enc}, licence_bidx = ${r.licence_bidx}, notes_enc = ${r.notes_enc},
          key_version = ${r.key_version}, updated_at = ${r.updated_at}
        WHERE program_id = ${r.program_id} AND id = ${r.id}`,
  );

export const deletePerson = (db: WritableDb, programId: string, id: string) =>
  run(db, sql`DELETE FROM people WHERE program_id = ${programId} AND id = ${id}`);

export const personById = (db: ReadableDb, programId: string, id: string) =>
  one<PersonRow>(db, sql`SELECT * FROM people WHERE program_id = ${programId} AND id = ${id}`);

export const peopleOfProgram = (db: ReadableDb, programId: string) =>
  all<PersonRow>(db, sql`SELECT * FROM people WHERE program_id = ${programId} ORDER BY created_at, id`);

export const personByEmailIndex = (db: ReadableDb, programId: string, bidx: Buffer) =>
  one<PersonRow>(db, sql`SELECT * FROM people WHERE program_id = ${programId} AND email_bidx = ${bidx}`);

export const peopleByLicenceIndex = (db: ReadableDb, programId: string, bidx: Buffer) =>
  all<PersonRow>(db, sql`SELECT * FROM people WHERE program_id = ${programId} AND licence_bidx = ${bidx}`);

export const keyVersionsInUse = (db: ReadableDb, programId: string) =>
  all<{ key_version: number }>(db, sql`SELECT DISTINCT key_version FROM people WHERE program_id = ${programId}`).map((r) => r.key_version);

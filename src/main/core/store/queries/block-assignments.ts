// Owns SQL over block_assignments: which rotation a person is on in each block.
import { all, one, type ReadableDb, run, type WritableDb } from '../db-access';
import { sql } from '../sql';

export interface BlockAssignmentRow {
  year_id: string;
  person_id: string;
  block: number;
  rotation_id: string;
}

export const assignmentsOfYear = (db: ReadableDb, yearId: string) =>
  all<BlockAssignmentRow>(db, sql`SELECT * FROM block_assignments WHERE year_id = ${yearId} ORDER BY person_id, block`);

export const assignmentOf = (db: ReadableDb, yearId: string, personId: string, block: number) =>
  one<BlockAssignmentRow>(db, sql`SELECT * FROM block_assignments WHERE year_id = ${yearId} AND person_id = ${personId} AND block = ${block}`);

export const upsertAssignment = (db: WritableDb, r: BlockAssignmentRow) =>
  run(
    db,
    sql`INSERT INTO block_assignments (year_id, person_id, block, rotation_id) VALUES (${r.year_id}, ${r.person_id}, ${r.block}, ${r.rotation_id})
        ON CONFLICT (year_id, person_id, block) DO UPDATE SET rotation_id = excluded.rotation_id`,
  );

export const deleteAssignment = (db: WritableDb, yearId: string, personId: string, block: number) =>
  run(db, sql`DELETE FROM block_assignments WHERE year_id = ${yearId} AND person_id = ${personId} AND block = ${block}`);

export const countAssignmentsOfRotation = (db: ReadableDb, yearId: string, rotationId: string) =>
  one<{ n: number }>(db, sql`SELECT count(*) AS n FROM block_assignments WHERE year_id = ${yearId} AND rotation_id = ${rotationId}`)!.n;

export const blocksWithAssignments = (db: ReadableDb, yearId: string) =>
  all<{ block: number }>(db, sql`SELECT DISTINCT block FROM block_assignments WHERE year_id = ${yearId}`).map((r) => r.block);

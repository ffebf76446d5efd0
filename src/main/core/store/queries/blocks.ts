// Owns SQL over blocks: the numbered date ranges of one academic year.
import { all, type ReadableDb, run, type WritableDb } from '../db-access';
import { sql } from '../sql';

export interface BlockRow {
  year_id: string;
  number: number;
  start_date: string;
  end_date: string;
}

export const blocksOfYear = (db: ReadableDb, yearId: string) =>
  all<BlockRow>(db, sql`SELECT * FROM blocks WHERE year_id = ${yearId} ORDER BY number`);

/** Replaces every block of the year; call inside a transaction. */
export function replaceBlocks(db: WritableDb, yearId: string, blocks: readonly { number: number; startDate: string; endDate: string }[]) {
  run(db, sql`DELETE FROM blocks WHERE year_id = ${yearId}`);
  for (const b of blocks) run(db, sql`INSERT INTO blocks (year_id, number, start_date, end_date) VALUES (${yearId}, ${b.number}, ${b.startDate}, ${b.endDate})`);
}

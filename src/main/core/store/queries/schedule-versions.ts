// Owns SQL over schedule_versions: published snapshots, append-only (triggers refuse changes).
import { all, one, type ReadableDb, run, type WritableDb } from '../db-access';
import { sql } from '../sql';

export interface ScheduleVersionRow {
  year_id: string;
  version: number;
  program_id: string;
  published_at: string;
  published_by: string;
  errors: number;
  warnings: number;
  change_count: number;
  snapshot_enc: Buffer;
  note_enc: Buffer | null;
  key_version: number;
}

/** Without the snapshot: listing versions never decrypts a whole year. */
export type ScheduleVersionHeader = Omit<ScheduleVersionRow, 'snapshot_enc'>;

export const insertScheduleVersion = (db: WritableDb, r: ScheduleVersionRow) =>
  run(
    db,
    sql`INSERT INTO schedule_versions (year_id, version, program_id, published_at, published_by, errors, warnings, change_count, snapshot_enc, note_enc, key_version)
        VALUES (${r.year_id}, ${r.version}, ${r.program_id}, ${r.published_at}, ${r.published_by}, ${r.errors}, ${r.warnings}, ${r.change_count},
                ${r.snapshot_enc}, ${r.note_enc}, ${r.key_version})`,
  );

export const scheduleVersionHeaders = (db: ReadableDb, yearId: string) =>
  all<ScheduleVersionHeader>(
    db,
    sql`SELECT year_id, version, program_id, published_at, published_by, errors, warnings, change_count, note_enc, key_version
        FROM schedule_versions WHERE year_id = ${yearId} ORDER BY version DESC`,
  );

export const scheduleVersion = (db: ReadableDb, yearId: string, version: number) =>
  one<ScheduleVersionRow>(db, sql`SELECT * FROM schedule_versions WHERE year_id = ${yearId} AND version = ${version}`);

export const latestScheduleVersionNumber = (db: ReadableDb, yearId: string) =>
  one<{ v: number | null }>(db, sql`SELECT max(version) AS v FROM schedule_versions WHERE year_id = ${yearId}`)!.v ?? 0;

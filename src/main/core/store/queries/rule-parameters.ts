// Owns SQL over rule_parameters: one JSON body per program (absent = every ACGME default).
import { one, type ReadableDb, run, type WritableDb } from '../db-access';
import { sql } from '../sql';

export interface RuleParametersRow {
  program_id: string;
  body: string;
  updated_at: string;
}

export const ruleParametersOf = (db: ReadableDb, programId: string) =>
  one<RuleParametersRow>(db, sql`SELECT * FROM rule_parameters WHERE program_id = ${programId}`);

export const upsertRuleParameters = (db: WritableDb, r: RuleParametersRow) =>
  run(
    db,
    sql`INSERT INTO rule_parameters (program_id, body, updated_at) VALUES (${r.program_id}, ${r.body}, ${r.updated_at})
        ON CONFLICT (program_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
  );

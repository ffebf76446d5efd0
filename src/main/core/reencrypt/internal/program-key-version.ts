// Owns the one write re-encryption makes to programs: moving data_key_version forward.
import { run, sql, type WritableDb } from '../../store';

export const bumpProgramKeyVersion = (db: WritableDb, programId: string, from: number, at: string) =>
  run(
    db,
    sql`UPDATE programs SET data_key_version = ${from + 1}, updated_at = ${at}
        WHERE id = ${programId} AND data_key_version = ${from}`,
  );

// Owns SQL over users and their program memberships.
import { all, one, type ReadableDb, run, type WritableDb } from '../db-access';
import { sql } from '../sql';

export interface UserRow {
  id: string;
  username: string;
  display_name_enc: Buffer;
  role: 'admin' | 'coordinator' | 'faculty' | 'auditor';
  status: 'active' | 'locked' | 'disabled';
  password_hash: string;
  must_change_password: 0 | 1;
  key_version: number;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
}

export const insertUser = (db: WritableDb, r: UserRow) =>
  run(
    db,
    sql`INSERT INTO users (id, username, display_name_enc, role, status, password_hash, must_change_password, key_version, created_at, updated_at, last_login_at)
        VALUES (${r.id}, ${r.username}, ${r.display_name_enc}, ${r.role}, ${r.status}, ${r.password_hash}, ${r.must_change_password}, ${r.key_version}, ${r.created_at}, ${r.updated_at}, ${r.last_login_at})`,
  );

export const updateUserRow = (db: WritableDb, r: UserRow) =>
  run(
    db,
    sql`UPDATE users SET display_name_enc = ${r.display_name_enc}, role = ${r.role}, status = ${r.status}, password_hash = ${r.password_hash},
          must_change_password = ${r.must_change_password}, key_version = ${r.key_version}, updated_at = ${r.updated_at}, last_login_at = ${r.last_login_at}
        WHERE id = ${r.id}`,
  );

export const userById = (db: ReadableDb, id: string) => one<UserRow>(db, sql`SELECT * FROM users WHERE id = ${id}`);
export const userByUsername = (db: ReadableDb, username: string) => one<UserRow>(db, sql`SELECT * FROM users WHERE username = ${username}`);
export const listUserRows = (db: ReadableDb) => all<UserRow>(db, sql`SELECT * FROM users ORDER BY username`);
export const countUsers = (db: ReadableDb) => one<{ n: number }>(db, sql`SELECT count(*) AS n FROM users`)!.n;
export const countActiveAdmins = (db: ReadableDb) =>
  one<{ n: number }>(db, sql`SELECT count(*) AS n FROM users WHERE role = 'admin' AND status = 'active'`)!.n;

export const programIdsOfUser = (db: ReadableDb, userId: string) =>
  all<{ program_id: string }>(db, sql`SELECT program_id FROM user_programs WHERE user_id = ${userId} ORDER BY program_id`).map((r) => r.program_id);

export function setUserPrograms(db: WritableDb, userId: string, programIds: readonly string[]): void {
  run(db, sql`DELETE FROM user_programs WHERE user_id = ${userId}`);
  for (const p of programIds) run(db, sql`INSERT INTO user_programs (user_id, program_id) VALUES (${userId}, ${p})`);
}

export const recordLoginAttempt = (db: WritableDb, username: string, at: string, success: boolean) =>
  run(db, sql`INSERT INTO login_attempts (username, at, success) VALUES (${username}, ${at}, ${success ? 1 : 0})`);

/** Failures after the last success, newer than `since` (ISO time), newest first. */
export const recentFailures = (db: ReadableDb, username: string, since: string) =>
  all<{ at: string }>(
    db,
    sql`SELECT at FROM login_attempts
        WHERE username = ${username} AND success = 0 AND at > ${since}
          AND id > coalesce((SELECT max(id) FROM login_attempts WHERE username = ${username} AND success = 1), 0)
        ORDER BY id DESC`,
  ).map((r) => r.at);

// Users, their programs, sign-in attempts (for lockout), session token state (refresh families and
// revoked token ids) and the session-signing keys, stored wrapped. Display names are personal data:
// only their field-encryption envelope is stored.
import type { Migration } from './migration';

export const m0003UsersAndSessions: Migration = {
  version: 3,
  name: 'users-and-sessions',
  up(db) {
    db.exec(`
      CREATE TABLE users (
        id                   TEXT PRIMARY KEY,
        username             TEXT NOT NULL UNIQUE,
        display_name_enc     BLOB NOT NULL,
        role                 TEXT NOT NULL CHECK (role IN ('admin', 'coordinator', 'faculty', 'auditor')),
        status               TEXT NOT NULL CHECK (status IN ('active', 'locked', 'disabled')),
        password_hash        TEXT NOT NULL,
        must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
        key_version          INTEGER NOT NULL,
        created_at           TEXT NOT NULL,
        updated_at           TEXT NOT NULL,
        last_login_at        TEXT
      ) STRICT;

      CREATE TABLE user_programs (
        user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        program_id TEXT NOT NULL REFERENCES programs(id) ON DELETE CASCADE,
        PRIMARY KEY (user_id, program_id)
      ) STRICT;

      CREATE TABLE login_attempts (
        id       INTEGER PRIMARY KEY,
        username TEXT NOT NULL,
        at       TEXT NOT NULL,
        success  INTEGER NOT NULL CHECK (success IN (0, 1))
      ) STRICT;
      CREATE INDEX login_attempts_by_user ON login_attempts(username, at);

      CREATE TABLE refresh_families (
        family_id   TEXT PRIMARY KEY,
        user_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        current_jti TEXT NOT NULL,
        revoked     INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),
        created_at  TEXT NOT NULL,
        expires_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE revoked_tokens (
        jti        TEXT PRIMARY KEY,
        expires_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE signing_keys (
        kid          TEXT PRIMARY KEY,
        alg          TEXT NOT NULL,
        key_wrapped  BLOB NOT NULL,
        created_at   TEXT NOT NULL,
        retired_at   TEXT,
        verify_until TEXT
      ) STRICT;
    `);
  },
};

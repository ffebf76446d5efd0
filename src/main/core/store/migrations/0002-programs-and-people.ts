// Programs (tenants) and people. Personal fields are stored only as field-encryption envelopes
// (*_enc BLOBs); exact-match lookups use HMAC blind indexes (*_bidx). key_version names the
// program data key that sealed the row's fields, so a rotation can resume row by row.
import type { Migration } from './migration';

export const m0002ProgramsAndPeople: Migration = {
  version: 2,
  name: 'programs-and-people',
  up(db) {
    db.exec(`
      CREATE TABLE programs (
        id               TEXT PRIMARY KEY,
        code             TEXT NOT NULL UNIQUE,
        name             TEXT NOT NULL,
        data_key_version INTEGER NOT NULL DEFAULT 1 CHECK (data_key_version >= 1),
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL
      ) STRICT;

      CREATE TABLE people (
        id            TEXT PRIMARY KEY,
        program_id    TEXT NOT NULL REFERENCES programs(id) ON DELETE RESTRICT,
        kind          TEXT NOT NULL CHECK (kind IN ('resident', 'faculty', 'other')),
        name_enc      BLOB NOT NULL,
        email_enc     BLOB,
        email_bidx    BLOB,
        phone_enc     BLOB,
        licence_enc   BLOB,
        licence_bidx  BLOB,
        notes_enc     BLOB,
        key_version   INTEGER NOT NULL,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX people_program ON people(program_id);
      CREATE UNIQUE INDEX people_email_bidx ON people(program_id, email_bidx) WHERE email_bidx IS NOT NULL;
      CREATE INDEX people_licence_bidx ON people(program_id, licence_bidx) WHERE licence_bidx IS NOT NULL;
      CREATE INDEX people_key_version ON people(program_id, key_version);
    `);
  },
};

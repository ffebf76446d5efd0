// Creates the table that records which migrations ran, when, and from which app version.
import type { Migration } from './migration';

export const m0001SchemaMeta: Migration = {
  version: 1,
  name: 'schema-meta',
  up(db) {
    db.exec(`
      CREATE TABLE schema_migrations (
        version     INTEGER PRIMARY KEY,
        name        TEXT NOT NULL,
        applied_at  TEXT NOT NULL,
        app_version TEXT NOT NULL
      ) STRICT;
      CREATE TABLE store_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};

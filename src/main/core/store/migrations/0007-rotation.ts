// Secret rotation: the history of every rotation (fingerprints, never key material) and, in
// store_meta, the current key-encryption-key version (written by the rotation service, MACed).
import type { Migration } from './migration';

export const m0007Rotation: Migration = {
  version: 7,
  name: 'rotation',
  up(db) {
    db.exec(`
      CREATE TABLE rotation_history (
        id              TEXT PRIMARY KEY,
        type            TEXT NOT NULL CHECK (type IN ('session-signing-key', 'backup-signing-key', 'program-data-key',
                                                      'system-data-key', 'key-encryption-key', 'database-key', 'master-key')),
        program_id      TEXT,
        old_fingerprint TEXT CHECK (old_fingerprint IS NULL OR length(old_fingerprint) = 39),
        new_fingerprint TEXT CHECK (new_fingerprint IS NULL OR length(new_fingerprint) = 39),
        reason          TEXT NOT NULL,
        initiator       TEXT NOT NULL,
        started_at      TEXT NOT NULL,
        ended_at        TEXT,
        grace_ends_at   TEXT,
        status          TEXT NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
        error_code      TEXT,
        CHECK ((type = 'program-data-key') = (program_id IS NOT NULL)),
        CHECK ((status = 'running') = (ended_at IS NULL))
      ) STRICT;
      CREATE INDEX rotation_history_by_type ON rotation_history(type, program_id, started_at);
      -- At most one rotation of a secret runs at a time, even across processes (app and CLI).
      CREATE UNIQUE INDEX rotation_history_one_running ON rotation_history(type, coalesce(program_id, '')) WHERE status = 'running';
    `);
  },
};

// Managed keys and their usage log. One row per key version, chained by previous_id/next_id.
// `material` is what the key's provider needs to find the key again: for the software provider the
// private or secret material sealed under the key-encryption key of version kek_version (AAD binds
// id, version and KEK version); NULL once deleted. Public keys (SPKI DER) are not secret.
// A deleted key stays as a tombstone so its usage log and chain keep their references.
import type { Migration } from './migration';

export const m0006ManagedKeys: Migration = {
  version: 6,
  name: 'managed-keys',
  up(db) {
    db.exec(`
      CREATE TABLE managed_keys (
        id                TEXT PRIMARY KEY,
        name              TEXT NOT NULL,
        description       TEXT NOT NULL DEFAULT '',
        type              TEXT NOT NULL CHECK (type IN ('aes-256', 'rsa-2048', 'rsa-4096', 'ec-p256', 'ec-p384')),
        purpose           TEXT NOT NULL CHECK (purpose IN ('encryption', 'signing', 'jwt', 'backup', 'database', 'data')),
        status            TEXT NOT NULL CHECK (status IN ('active', 'rotating', 'inactive', 'expired', 'revoked', 'pending-deletion', 'deleted')),
        version           INTEGER NOT NULL CHECK (version >= 1),
        previous_id       TEXT REFERENCES managed_keys(id),
        next_id           TEXT REFERENCES managed_keys(id),
        provider          TEXT NOT NULL,
        material          BLOB,
        kek_version       INTEGER NOT NULL CHECK (kek_version >= 1),
        public_key        BLOB,
        policy            TEXT NOT NULL,
        created_at        TEXT NOT NULL,
        created_by        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        expires_at        TEXT,
        rotation_days     INTEGER CHECK (rotation_days IS NULL OR rotation_days BETWEEN 30 AND 365),
        next_rotation_at  TEXT,
        revoked_at        TEXT,
        revocation_reason TEXT,
        revocation_comment TEXT,
        deletion_due_at   TEXT,
        deleted_at        TEXT,
        last_backup_at    TEXT,
        last_backup_id    TEXT,
        CHECK ((status = 'deleted') = (material IS NULL))
      ) STRICT;
      -- A name belongs to one chain of live keys; a deleted key's name may be used again.
      CREATE UNIQUE INDEX managed_keys_name_version ON managed_keys(name, version) WHERE status <> 'deleted';
      CREATE INDEX managed_keys_status ON managed_keys(status);

      CREATE TABLE key_usage (
        id         INTEGER PRIMARY KEY,
        key_id     TEXT NOT NULL REFERENCES managed_keys(id),
        at         TEXT NOT NULL,
        operation  TEXT NOT NULL CHECK (operation IN ('encrypt', 'decrypt', 'sign', 'verify', 'export')),
        outcome    TEXT NOT NULL CHECK (outcome IN ('success', 'failure', 'denied')),
        caller     TEXT NOT NULL,
        error_code TEXT
      ) STRICT;
      CREATE INDEX key_usage_by_key ON key_usage(key_id, id);
    `);
  },
};

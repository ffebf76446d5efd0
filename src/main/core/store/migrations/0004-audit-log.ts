// The audit trail: one row per audited event, each chained to the one before by an HMAC under the
// audit-chain key (docs/formats/audit-chain.md). Append-only at the SQL level: triggers refuse any
// UPDATE or DELETE, and an INSERT whose seq is not exactly the next one. The triggers stop mistakes,
// not an attacker holding the database key (who can drop them); the MAC chain is what detects that.
import type { Migration } from './migration';

export const m0004AuditLog: Migration = {
  version: 4,
  name: 'audit-log',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        seq      INTEGER PRIMARY KEY CHECK (seq >= 1),
        at       TEXT NOT NULL,
        actor    TEXT NOT NULL,
        action   TEXT NOT NULL,
        target   TEXT,
        outcome  TEXT NOT NULL CHECK (outcome IN ('success', 'failure', 'denied')),
        details  TEXT,
        prev_mac BLOB NOT NULL CHECK (length(prev_mac) = 32),
        mac      BLOB NOT NULL CHECK (length(mac) = 32)
      ) STRICT;
      CREATE INDEX audit_log_at ON audit_log(at);
      CREATE INDEX audit_log_actor ON audit_log(actor);
      CREATE INDEX audit_log_action ON audit_log(action);
      CREATE INDEX audit_log_target ON audit_log(target) WHERE target IS NOT NULL;

      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
      END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
      END;
      CREATE TRIGGER audit_log_next_seq BEFORE INSERT ON audit_log
      WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM audit_log)
      BEGIN
        SELECT RAISE(ABORT, 'audit_log seq must be the next one');
      END;
    `);
  },
};

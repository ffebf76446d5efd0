// Migration 0004: the audit_log table, append-only at the SQL level.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, openStore } from '../../../../../src/main/core/store';
import { useTempDirs } from '../../../../support/temp-dir';

const tempDir = useTempDirs();

function migrated() {
  const db = openStore(path.join(tempDir(), 'store.db'), randomBytes(32));
  migrate(db, 'test');
  return db;
}

const insert = (db: ReturnType<typeof migrated>, seq: number, outcome = 'success') =>
  db
    .prepare('INSERT INTO audit_log (seq, at, actor, action, target, outcome, details, prev_mac, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(seq, '2026-01-01T00:00:00.000Z', 'system', 'auth.login', null, outcome, null, Buffer.alloc(32), randomBytes(32));

describe('migration 0004 audit-log', () => {
  it('creates a STRICT audit_log with every column the chain MACs', () => {
    const db = migrated();
    const cols = db.prepare("SELECT name, type, \"notnull\" AS nn FROM pragma_table_info('audit_log') ORDER BY cid").all();
    expect(cols).toEqual([
      { name: 'seq', type: 'INTEGER', nn: 0 },
      { name: 'at', type: 'TEXT', nn: 1 },
      { name: 'actor', type: 'TEXT', nn: 1 },
      { name: 'action', type: 'TEXT', nn: 1 },
      { name: 'target', type: 'TEXT', nn: 0 },
      { name: 'outcome', type: 'TEXT', nn: 1 },
      { name: 'details', type: 'TEXT', nn: 0 },
      { name: 'prev_mac', type: 'BLOB', nn: 1 },
      { name: 'mac', type: 'BLOB', nn: 1 },
    ]);
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'audit_log'").pluck().get()).toMatch(/\)\s*STRICT$/);
    db.close();
  });

  it('refuses UPDATE and DELETE with "audit_log is append-only"', () => {
    const db = migrated();
    insert(db, 1);
    insert(db, 2);
    expect(() => db.prepare("UPDATE audit_log SET outcome = 'failure' WHERE seq = 1").run()).toThrow('audit_log is append-only');
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow('audit_log is append-only');
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow('audit_log is append-only');
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(2);
    db.close();
  });

  it('refuses an insert that is not the next seq, a replace, and an unknown outcome', () => {
    const db = migrated();
    expect(() => insert(db, 2)).toThrow('audit_log seq must be the next one');
    insert(db, 1);
    expect(() => insert(db, 1)).toThrow('audit_log seq must be the next one');
    expect(() => insert(db, 3)).toThrow('audit_log seq must be the next one');
    expect(() =>
      db
        .prepare('INSERT OR REPLACE INTO audit_log (seq, at, actor, action, outcome, prev_mac, mac) VALUES (1, ?, ?, ?, ?, ?, ?)')
        .run('t', 'system', 'x', 'success', Buffer.alloc(32), Buffer.alloc(32)),
    ).toThrow();
    expect(() => insert(db, 2, 'maybe')).toThrow(/CHECK constraint failed/);
    expect(db.prepare('SELECT seq FROM audit_log').pluck().all()).toEqual([1]);
    db.close();
  });
});

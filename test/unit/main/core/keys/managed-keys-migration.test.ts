// Migration 0006: managed_keys and key_usage, with the lifecycle's statuses and the rules the
// schema itself can hold (material gone exactly when deleted, one live chain per name).
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

const insert = (db: ReturnType<typeof migrated>, over: Record<string, unknown> = {}) => {
  const row = {
    id: randomBytes(8).toString('hex'),
    name: 'k',
    type: 'aes-256',
    purpose: 'data',
    status: 'active',
    version: 1,
    provider: 'software',
    material: randomBytes(60),
    kek_version: 1,
    policy: '{"kind":"admin-only"}',
    created_at: 't',
    created_by: 'admin',
    updated_at: 't',
    ...over,
  };
  db.prepare(
    'INSERT INTO managed_keys (id, name, type, purpose, status, version, provider, material, kek_version, policy, created_at, created_by, updated_at) VALUES (@id, @name, @type, @purpose, @status, @version, @provider, @material, @kek_version, @policy, @created_at, @created_by, @updated_at)',
  ).run(row);
  return row.id;
};

describe('migration 0006 managed-keys', () => {
  it('creates managed_keys and key_usage as STRICT tables', () => {
    const db = migrated();
    for (const t of ['managed_keys', 'key_usage']) expect(db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(t)).toMatch(/\)\s*STRICT$/);
    db.close();
  });

  it('refuses a status outside the lifecycle', () => {
    const db = migrated();
    expect(() => insert(db, { status: 'archived' })).toThrow(/CHECK/);
    db.close();
  });

  it('refuses a live key without material and a deleted key with material', () => {
    const db = migrated();
    expect(() => insert(db, { material: null })).toThrow(/CHECK/);
    expect(() => insert(db, { status: 'deleted' })).toThrow(/CHECK/);
    db.close();
  });

  it('refuses two live keys with the same name and version, but not beside a deleted one', () => {
    const db = migrated();
    insert(db);
    expect(() => insert(db)).toThrow(/UNIQUE/);
    insert(db, { name: 'gone', status: 'deleted', material: null });
    expect(() => insert(db, { name: 'gone' })).not.toThrow();
    db.close();
  });

  it('refuses a usage row for a key that does not exist', () => {
    const db = migrated();
    expect(() => db.prepare("INSERT INTO key_usage (key_id, at, operation, outcome, caller) VALUES ('nope', 't', 'sign', 'success', 'cli')").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });
});

import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, migrate, openStore } from '../../../../../src/main/core/store';
import { useTempDirs } from '../../../../support/temp-dir';

const tempDir = useTempDirs();
const fresh = () => openStore(path.join(tempDir(), 'store.db'), randomBytes(32));
const tables = (db: ReturnType<typeof fresh>) => db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();

describe('migrations', () => {
  it('0001 creates the migration log and store metadata', () => {
    const db = fresh();
    migrate(db, 'test');
    expect(tables(db)).toEqual(expect.arrayContaining(['schema_migrations', 'store_meta']));
    db.close();
  });

  it('0002 creates programs and people with personal fields only as blobs', () => {
    const db = fresh();
    migrate(db, 'test');
    const cols = db.prepare("SELECT name, type FROM pragma_table_info('people')").all() as { name: string; type: string }[];
    for (const pii of ['name', 'email', 'phone', 'licence', 'notes']) {
      expect(cols.find((c) => c.name === pii)).toBeUndefined();
      expect(cols.find((c) => c.name === `${pii}_enc`)?.type).toBe('BLOB');
    }
    db.close();
  });

  it('records every step with the app version and ends at the latest schema', () => {
    const db = fresh();
    expect(migrate(db, '9.9.9')).toEqual({ from: 0, to: LATEST_SCHEMA_VERSION });
    const log = db.prepare('SELECT version, app_version FROM schema_migrations ORDER BY version').all();
    expect(log).toEqual(Array.from({ length: LATEST_SCHEMA_VERSION }, (_, i) => ({ version: i + 1, app_version: '9.9.9' })));
    db.close();
  });

  it('is a no-op on an up-to-date store', () => {
    const db = fresh();
    migrate(db, 'test');
    expect(migrate(db, 'test')).toEqual({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION });
    db.close();
  });
});

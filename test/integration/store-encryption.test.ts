// The store's files on disk — database, -wal and -shm — hold no plaintext and no SQLite header;
// the wrong key gives the specific "does not match this store" error; newer schemas are refused.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, migrate, migrations, openStore } from '../../src/main/core/store';
import { useTempDirs } from '../support/temp-dir';
import { adminCore } from '../support/unlocked-core';

const tempDir = useTempDirs();
const MARKER = 'Dr. Plaintext Marker 4711';

describe('encrypted store files', () => {
  it('contain no known plaintext and no SQLite header while open and after close', () => {
    const file = path.join(tempDir(), 'store.db');
    const key = randomBytes(32);
    const db = openStore(file, key);
    migrate(db, 'test');
    db.exec('CREATE TABLE probe (v TEXT)');
    const insert = db.prepare('INSERT INTO probe (v) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`${MARKER} #${i}`);
    })();
    const check = () => {
      for (const suffix of ['', '-wal', '-shm']) {
        if (!existsSync(file + suffix)) continue;
        const bytes = readFileSync(file + suffix);
        expect(bytes.includes(Buffer.from(MARKER)), `plaintext in ${suffix || 'db'}`).toBe(false);
        expect(bytes.includes(Buffer.from('SQLite format 3')), `header in ${suffix || 'db'}`).toBe(false);
        expect(bytes.includes(Buffer.from('CREATE TABLE')), `schema text in ${suffix || 'db'}`).toBe(false);
      }
    };
    expect(existsSync(`${file}-wal`)).toBe(true);
    check();
    db.close();
    check();
  });

  it('refuses the wrong key with the specific error', () => {
    const file = path.join(tempDir(), 'store.db');
    const db = openStore(file, randomBytes(32));
    migrate(db, 'test');
    db.close();
    expect(() => openStore(file, randomBytes(32))).toThrow(expect.objectContaining({ code: 'ERR_STORE_KEY_MISMATCH' }));
  });

  it('creates its files readable by the owner only', () => {
    const file = path.join(tempDir(), 'store.db');
    const db = openStore(file, randomBytes(32));
    migrate(db, 'test');
    expect(readFileSync(file).length).toBeGreaterThan(0);
    for (const suffix of ['', '-wal']) {
      const mode = statSync(file + suffix).mode & 0o777;
      expect(mode, suffix).toBe(0o600);
    }
    db.close();
  });

  it('refuses a store written by a newer schema and leaves it as it was', () => {
    const file = path.join(tempDir(), 'store.db');
    const key = randomBytes(32);
    const db = openStore(file, key);
    migrate(db, 'test');
    db.pragma('user_version = 999');
    db.close();
    const again = openStore(file, key);
    expect(() => migrate(again, 'test')).toThrow(expect.objectContaining({ code: 'ERR_STORE_NEWER_SCHEMA' }));
    expect(again.pragma('user_version', { simple: true })).toBe(999);
    again.close();
  });

  it('rolls back a failing migration and keeps the previous schema', () => {
    const file = path.join(tempDir(), 'store.db');
    const db = openStore(file, randomBytes(32));
    migrate(db, 'test');
    const failing = [
      ...migrations,
      {
        version: LATEST_SCHEMA_VERSION + 1,
        name: 'half-done',
        up: (d: typeof db) => {
          d.exec('CREATE TABLE half (x INTEGER)');
          throw new Error('migration bug');
        },
      },
    ];
    expect(() => migrate(db, 'test', failing)).toThrow('migration bug');
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
    db.close();
  });
});

describe('a person added through the app', () => {
  it('appears in no store file in plain text, while open or after lock', async () => {
    const dir = tempDir();
    const ctx = await adminCore(dir);
    const call = ctx.asAdmin;
    const program = (await call('programs.create', { code: 'FM', name: 'Family Medicine' })) as { ok: true; value: { id: string } };
    const name = 'Dr. Philippa Plaintext-Marker';
    const email = 'philippa.marker@hospital.example';
    const created = await call('people.create', { programId: program.value.id, person: { kind: 'resident', name, email, licence: 'LIC-998877' } });
    expect(created).toMatchObject({ ok: true, value: { name } });
    const scan = () => {
      for (const f of ['store.db', 'store.db-wal', 'store.db-shm', 'vault.json']) {
        const p = path.join(dir, f);
        if (!existsSync(p)) continue;
        const bytes = readFileSync(p);
        for (const needle of [name, 'Plaintext-Marker', email, 'LIC-998877', 'SQLite format 3']) {
          expect(bytes.includes(Buffer.from(needle)), `${needle} in ${f}`).toBe(false);
        }
      }
    };
    scan();
    ctx.core.workstation.lock();
    scan();
    expect(readFileSync(path.join(dir, 'store.db')).subarray(0, 16).toString('latin1')).not.toContain('SQLite');
  });
});

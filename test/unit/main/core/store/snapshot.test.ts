// snapshotStore: a VACUUM INTO copy of the open, encrypted store, taken in a worker — encrypted
// under the same key, holding every committed row, never plaintext; a failed copy leaves no file.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikePlainSqlite, openStore, snapshotStore, StoreKeyMismatchError } from '../../../../../src/main/core/store';
import { useTempDirs } from '../../../../support/temp-dir';

const tempDir = useTempDirs();

/** An encrypted store left open (WAL) with rows committed, as the running app has it. */
function openSeededStore(rows = 500) {
  const dir = tempDir();
  const file = path.join(dir, 'store.db');
  const key = randomBytes(32);
  const db = openStore(file, key);
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO notes (body) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run(`note ${i} ${'x'.repeat(100)}`);
  })();
  return { dir, file, key, db };
}

describe('snapshotStore', () => {
  it('writes a copy that opens with the same key and holds every committed row', async () => {
    const s = openSeededStore();
    const out = path.join(s.dir, 'copy.db');
    await snapshotStore(s.file, s.key, out);
    const copy = openStore(out, s.key, { readonly: true });
    expect(copy.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: 500 });
    expect(copy.prepare('SELECT body FROM notes WHERE id = 500').get()).toEqual({ body: `note 499 ${'x'.repeat(100)}` });
    copy.close();
    s.db.close();
  });

  it('answers the copy’s own counts, so a manifest states what a restore will find', async () => {
    const s = openSeededStore(3);
    s.db.exec("CREATE TABLE programs (id TEXT); CREATE TABLE people (id TEXT); INSERT INTO programs VALUES ('p1'); INSERT INTO people VALUES ('a'), ('b')");
    const out = path.join(s.dir, 'copy.db');
    const counts = await snapshotStore(s.file, s.key, out);
    // Rows written after the copy are not counted; a table the copy lacks counts 0.
    s.db.exec("INSERT INTO people VALUES ('c')");
    expect(counts).toEqual({ programs: 1, people: 2, assignments: 0 });
    s.db.close();
  });

  it('refuses a target that already exists and leaves it untouched', async () => {
    const s = openSeededStore(1);
    const out = path.join(s.dir, 'taken.db');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(out, 'mine');
    await expect(snapshotStore(s.file, s.key, out)).rejects.toMatchObject({ code: 'ERR_INTERNAL' });
    expect(readFileSync(out, 'utf8')).toBe('mine');
    s.db.close();
  });

  it('writes an encrypted copy: not a plaintext SQLite file, and no other key opens it', async () => {
    const s = openSeededStore();
    const out = path.join(s.dir, 'copy.db');
    await snapshotStore(s.file, s.key, out);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(looksLikePlainSqlite(out)).toBe(false);
    expect(bytes.includes(Buffer.from('note 499'))).toBe(false);
    expect(() => openStore(out, randomBytes(32), { readonly: true })).toThrow(StoreKeyMismatchError);
    s.db.close();
  });

  it('leaves no file behind when the copy fails (the key does not open the store)', async () => {
    const s = openSeededStore(10);
    const out = path.join(s.dir, 'copy.db');
    const before = readdirSync(s.dir).sort();
    await expect(snapshotStore(s.file, randomBytes(32), out)).rejects.toMatchObject({ code: 'ERR_INTERNAL' });
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(s.dir).sort()).toEqual(before);
    s.db.close();
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDecryptedCache, createFieldCipher, createProgramKeyring } from '../../../../../src/main/core/field-crypto';
import { encryptedTables, reencryptScope, startProgramKeyRotation, tablesOfScope } from '../../../../../src/main/core/reencrypt';
import { all, one, run, sql } from '../../../../../src/main/core/store';
import { versionNoteRef, versionSnapshotRef } from '../../../../../src/main/core/scheduling/internal/sealed-fields';
import { SYSTEM_SCOPE } from '../../../../../src/main/core/users';
import { type RotationFixture, rotationFixture } from './fixture';

let f: RotationFixture;
beforeAll(async () => {
  f = await rotationFixture();
}, 30_000);
afterAll(() => f.close());

/** Every column of every table in the migrated store. */
function schemaColumns(): { table: string; column: string }[] {
  const db = f.reader();
  const tables = all<{ name: string }>(db, sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`);
  return tables.flatMap(({ name }) =>
    (db.pragma(`table_info("${name}")`) as { name: string }[]).map((c) => ({ table: name, column: c.name })),
  );
}

describe('the registry of encrypted columns', () => {
  it('lists every *_enc column of the schema, so a rotation cannot miss one', () => {
    const registered = new Set(encryptedTables.flatMap((t) => t.fields.map((x) => `${t.table}.${x.column}`)));
    const inSchema = schemaColumns()
      .filter((c) => c.column.endsWith('_enc'))
      .map((c) => `${c.table}.${c.column}`);
    expect(inSchema.filter((c) => !registered.has(c))).toEqual([]);
  });

  it('names only columns that exist, and every listed table carries key_version and its scope column', () => {
    const present = new Set(schemaColumns().map((c) => `${c.table}.${c.column}`));
    const named = encryptedTables.flatMap((t) => [
      ...t.fields.map((x) => x.column),
      ...t.blindIndexes.map((b) => b.column),
      ...t.rowId.columns,
      'key_version',
      ...('column' in t.scope ? [t.scope.column] : []),
    ].map((c) => `${t.table}.${c}`));
    expect(named.filter((c) => !present.has(c))).toEqual([]);
  });

  it('puts users under the system scope and every program table under program scopes', () => {
    expect(tablesOfScope(SYSTEM_SCOPE).map((t) => t.table)).toEqual(['users']);
    expect(tablesOfScope(randomUUID()).map((t) => t.table)).toEqual(['people', 'absences', 'halfday_overrides', 'schedule_versions']);
  });
});

describe('re-encrypting scheduling data', () => {
  it('re-seals a published schedule version (allowed by its immutability trigger) and keeps its content', async () => {
    const p = f.programs.create({ code: 'SV', name: 'Schedule versions' });
    const db = f.writer();
    const yearId = randomUUID();
    run(db, sql`INSERT INTO academic_years (id, program_id, label, start_date, end_date, created_at)
                VALUES (${yearId}, ${p.id}, '2026-2027', '2026-07-01', '2027-06-30', '2026-01-01T00:00:00Z')`);
    const cipher = createFieldCipher(createProgramKeyring(f.workstation.vault), createDecryptedCache());
    // The scheduling capability's own cell names: the registry must agree with them.
    const ref = (column: string) => (column === 'note' ? versionNoteRef : versionSnapshotRef)(p.id, yearId, 1);
    const snapshot = JSON.stringify({ people: [{ name: 'Dr. Snapshot' }] });
    run(db, sql`INSERT INTO schedule_versions (year_id, version, program_id, published_at, published_by, errors, warnings, change_count, snapshot_enc, note_enc, key_version)
                VALUES (${yearId}, 1, ${p.id}, '2026-06-01T00:00:00Z', 'u1', 0, 0, 3, ${cipher.seal(ref('snapshot'), 1, snapshot)}, ${cipher.seal(ref('note'), 1, 'first cut')}, 1)`);

    startProgramKeyRotation(db, p.id);
    const result = await reencryptScope(f.deps, p.id);
    expect(result).toMatchObject({ state: 'completed', rows: 1, fields: 2 });
    const row = one<{ snapshot_enc: Buffer; note_enc: Buffer | null; key_version: number }>(
      db,
      sql`SELECT snapshot_enc, note_enc, key_version FROM schedule_versions WHERE year_id = ${yearId}`,
    )!;
    expect(row.key_version).toBe(2);
    expect(cipher.open(ref('note'), row.note_enc!)).toBe('first cut');
    expect(cipher.versionOf(row.snapshot_enc)).toBe(2);
    expect(cipher.open(ref('snapshot'), row.snapshot_enc)).toBe(snapshot);
  });
});

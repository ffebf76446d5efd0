// Migration 0005: scheduling tables, STRICT, with foreign keys; schedule_versions append-only.
import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, openStore } from '../../../../../src/main/core/store';
import { useTempDirs } from '../../../../support/temp-dir';

const tempDir = useTempDirs();

const TABLES = [
  'academic_years',
  'blocks',
  'roster',
  'rotation_templates',
  'block_assignments',
  'halfday_overrides',
  'call_assignments',
  'absences',
  'holidays',
  'extra_duty',
  'rule_parameters',
  'schedule_versions',
  'schedule_changes',
];

function migratedWithYear() {
  const db = openStore(path.join(tempDir(), 'store.db'), randomBytes(32));
  migrate(db, 'test');
  const program = randomUUID();
  const year = randomUUID();
  db.prepare("INSERT INTO programs (id, code, name, created_at, updated_at) VALUES (?, 'IM', 'Internal Medicine', 't', 't')").run(program);
  db.prepare("INSERT INTO academic_years (id, program_id, label, start_date, end_date, created_at) VALUES (?, ?, '2026-27', '2026-07-01', '2027-06-30', 't')").run(year, program);
  return { db, program, year };
}

const insertVersion = (db: ReturnType<typeof migratedWithYear>['db'], year: string, program: string, version: number) =>
  db
    .prepare(
      `INSERT INTO schedule_versions (year_id, version, program_id, published_at, published_by, errors, warnings, change_count, snapshot_enc, note_enc, key_version)
       VALUES (?, ?, ?, 't', 'u', 0, 0, 0, ?, NULL, 1)`,
    )
    .run(year, version, program, randomBytes(64));

describe('migration 0005 scheduling', () => {
  it('creates every scheduling table as STRICT at schema version 5', () => {
    const { db } = migratedWithYear();
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(5);
    for (const t of TABLES) expect(db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(t), t).toMatch(/\)\s*STRICT$/);
    db.close();
  });

  it('keeps reasons, notes and snapshots only as blobs', () => {
    const { db } = migratedWithYear();
    const cols = (t: string) => db.prepare(`SELECT name, type FROM pragma_table_info('${t}')`).all() as { name: string; type: string }[];
    for (const [table, field] of [
      ['absences', 'reason'],
      ['halfday_overrides', 'reason'],
      ['schedule_versions', 'snapshot'],
      ['schedule_versions', 'note'],
    ] as const) {
      expect(cols(table).find((c) => c.name === field)).toBeUndefined();
      expect(cols(table).find((c) => c.name === `${field}_enc`)?.type).toBe('BLOB');
    }
    db.close();
  });

  it('refuses an assignment to a rotation the year does not have', () => {
    const { db, program, year } = migratedWithYear();
    const person = randomUUID();
    db.prepare("INSERT INTO people (id, program_id, kind, name_enc, key_version, created_at, updated_at) VALUES (?, ?, 'resident', x'00', 1, 't', 't')").run(person, program);
    expect(() => db.prepare("INSERT INTO block_assignments (year_id, person_id, block, rotation_id) VALUES (?, ?, 1, 'nope')").run(year, person)).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('refuses changing or deleting a published version, and a version number out of turn', () => {
    const { db, program, year } = migratedWithYear();
    expect(() => insertVersion(db, year, program, 2)).toThrow('schedule_versions: version must be the next one');
    insertVersion(db, year, program, 1);
    expect(() => db.prepare('UPDATE schedule_versions SET snapshot_enc = x\'00\'').run()).toThrow('schedule_versions is immutable');
    expect(() => db.prepare('UPDATE schedule_versions SET errors = 5').run()).toThrow('schedule_versions is immutable');
    expect(() => db.prepare("UPDATE schedule_versions SET published_by = 'someone else', key_version = 2").run()).toThrow('schedule_versions is immutable');
    expect(() => db.prepare('DELETE FROM schedule_versions').run()).toThrow('schedule_versions is immutable');
    expect(db.prepare('SELECT count(*) FROM schedule_versions').pluck().get()).toBe(1);
    db.close();
  });

  it('lets a key rotation re-seal a version under a newer key version, and only forward', () => {
    const { db, program, year } = migratedWithYear();
    insertVersion(db, year, program, 1);
    db.prepare("UPDATE schedule_versions SET snapshot_enc = x'01', key_version = 2").run();
    expect(() => db.prepare("UPDATE schedule_versions SET snapshot_enc = x'02', key_version = 1").run()).toThrow('schedule_versions is immutable');
    db.close();
  });
});

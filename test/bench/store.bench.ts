// The encrypted store against plain better-sqlite3 12 on the same schema, settings and data, in
// the same run: bulk insert in transactions, point reads, the schedule-grid query (one block ×
// 100 residents with their assignments), and field decryption of 1,000 people against raw
// node:crypto AES-256-GCM over the same bytes.
// Aims (issue 4): reads and grid >= 0.9, inserts >= 0.75, field decryption >= 0.8.
// Every table is the app's own (all migrations, scheduling included): the grid query joins
// block_assignments, people and rotation_templates as the schedule screen's data does.
import { createDecipheriv, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { deriveKey } from '../../src/main/core/crypto';
import { createDecryptedCache, createFieldCipher, createProgramKeyring } from '../../src/main/core/field-crypto';
import { migrate, openStore, STORE_CIPHER } from '../../src/main/core/store';
import { banner, collectGarbage, fmt, fmtInt, median, printTable, runBench, smoke } from './internal/harness';

const PEOPLE = smoke ? 500 : 20_000;
const READS = smoke ? 500 : 50_000;
const GRID_RUNS = smoke ? 20 : 2_000;
const DECRYPT_PEOPLE = smoke ? 100 : 1_000;
const ROUNDS = smoke ? 1 : 5;

// Plain better-sqlite3 has the same API (SQLite3MultipleCiphers is a fork of it) and no types of its own here.
const PlainDatabase = createRequire(import.meta.url)('better-sqlite3') as new (file: string) => Database;

function plainStore(file: string): Database {
  const db = new PlainDatabase(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('cache_size = -65536');
  db.pragma('temp_store = MEMORY');
  return db;
}

interface Fixture {
  programId: string;
  ids: string[];
  rows: { id: string; name: Buffer; email: Buffer; notes: Buffer }[];
}

/** The same bytes for both stores: realistic envelope-sized blobs (the encrypted store also encrypts pages). */
function fixture(): Fixture {
  const programId = randomUUID();
  const rows = Array.from({ length: PEOPLE }, () => ({ id: randomUUID(), name: randomBytes(56), email: randomBytes(62), notes: randomBytes(90) }));
  return { programId, ids: rows.map((r) => r.id), rows };
}

function insertAll(db: Database, f: Fixture): number {
  const t = new Date().toISOString();
  db.prepare('INSERT OR IGNORE INTO programs (id, code, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(f.programId, 'IM', 'IM', t, t);
  const ins = db.prepare(
    `INSERT INTO people (id, program_id, kind, name_enc, email_enc, notes_enc, key_version, created_at, updated_at) VALUES (?, ?, 'resident', ?, ?, ?, 1, ?, ?)`,
  );
  const start = performance.now();
  for (let i = 0; i < f.rows.length; i += 1000) {
    db.transaction(() => {
      for (const r of f.rows.slice(i, i + 1000)) ins.run(r.id, f.programId, r.name, r.email, r.notes, t, t);
    })();
  }
  return performance.now() - start;
}

const YEAR_ID = 'bench-year';

/** A year of 13 blocks, 12 rotation templates and 150 residents × 13 block assignments, in the app's own tables (migration 0005). */
function seedGrid(db: Database, f: Fixture) {
  const t = new Date().toISOString();
  db.transaction(() => {
    db.prepare('INSERT INTO academic_years (id, program_id, label, start_date, end_date, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(YEAR_ID, f.programId, '2026-27', '2026-07-01', '2027-06-30', t);
    for (let r = 1; r <= 12; r++) db.prepare('INSERT INTO rotation_templates (year_id, id, code, body) VALUES (?, ?, ?, ?)').run(YEAR_ID, `rot${r}`, `ROT${r}`, JSON.stringify({ colour: '#336699' }));
    for (let b = 1; b <= 13; b++) db.prepare('INSERT INTO blocks (year_id, number, start_date, end_date) VALUES (?, ?, ?, ?)').run(YEAR_ID, b, `2026-07-${String(b).padStart(2, '0')}`, `2026-07-${String(b).padStart(2, '0')}`);
    const ins = db.prepare('INSERT INTO block_assignments (year_id, person_id, block, rotation_id) VALUES (?, ?, ?, ?)');
    for (const id of f.ids.slice(0, 150)) for (let b = 1; b <= 13; b++) ins.run(YEAR_ID, id, b, `rot${1 + ((b + id.charCodeAt(0)) % 12)}`);
  })();
}

const GRID_SQL = `SELECT p.id, p.name_enc, r.code, r.body FROM block_assignments ba
  JOIN people p ON p.id = ba.person_id JOIN rotation_templates r ON r.year_id = ba.year_id AND r.id = ba.rotation_id
  WHERE ba.year_id = '${YEAR_ID}' AND ba.block = ? AND p.program_id = ? ORDER BY p.id LIMIT 100`;

function timeReads(db: Database, ids: string[]): number {
  const stmt = db.prepare('SELECT * FROM people WHERE id = ?');
  const start = performance.now();
  for (let i = 0; i < READS; i++) stmt.get(ids[(i * 7919) % ids.length]);
  return performance.now() - start;
}

function timeGrid(db: Database, programId: string): number {
  const stmt = db.prepare(GRID_SQL);
  const start = performance.now();
  for (let i = 0; i < GRID_RUNS; i++) if (stmt.all(1 + (i % 13), programId).length !== 100) throw new Error('grid query returned the wrong count');
  return performance.now() - start;
}

runBench(() => {
  banner('store', `encrypted (${STORE_CIPHER}) vs plain SQLite; ${PEOPLE} people, ${READS} point reads, ${GRID_RUNS} grid queries, ${DECRYPT_PEOPLE} people decrypted`);
  const results: Record<string, { enc: number[]; plain: number[]; unit: string; aim: number }> = {
    'bulk insert (rows/s)': { enc: [], plain: [], unit: 'rows/s', aim: 0.75 },
    'point read (reads/s)': { enc: [], plain: [], unit: 'reads/s', aim: 0.9 },
    'grid query (queries/s)': { enc: [], plain: [], unit: 'queries/s', aim: 0.9 },
  };
  for (let round = 0; round < ROUNDS; round++) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'resched-bench-store-'));
    try {
      const f = fixture();
      const enc = openStore(path.join(dir, 'enc.db'), randomBytes(32));
      const plain = plainStore(path.join(dir, 'plain.db'));
      for (const db of [enc, plain]) {
        migrate(db, 'bench');
      }
      // Alternate which store goes first so drift in machine load does not favour one.
      const order = round % 2 === 0 ? ([['enc', enc], ['plain', plain]] as const) : ([['plain', plain], ['enc', enc]] as const);
      for (const [which, db] of order) {
        collectGarbage();
        results['bulk insert (rows/s)']![which].push(PEOPLE / (insertAll(db, f) / 1000));
        seedGrid(db, f);
      }
      for (const [which, db] of order) results['point read (reads/s)']![which].push(READS / (timeReads(db, f.ids) / 1000));
      for (const [which, db] of order) results['grid query (queries/s)']![which].push(GRID_RUNS / (timeGrid(db, f.programId) / 1000));
      enc.close();
      plain.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  // Field decryption: our cipher (keyring, AAD, envelope parse; cache disabled) vs raw GCM decrypts.
  const mk = randomBytes(32);
  const salt = randomBytes(16);
  const keys = createProgramKeyring({ derive: (p, c) => deriveKey(mk, salt, p, c), onLockChange: () => () => true });
  const cipher = createFieldCipher(keys, createDecryptedCache(0));
  const programId = randomUUID();
  const people = Array.from({ length: DECRYPT_PEOPLE }, () => {
    const id = randomUUID();
    const ref = (column: string) => ({ table: 'people', column, rowId: id, programId });
    return { id, name: cipher.seal(ref('name'), 1, 'Dr. Alexandra Example-Person'), email: cipher.seal(ref('email'), 1, 'alexandra.person@hospital.example') };
  });
  const dataKey = keys.dataKey(programId, 1);
  const rawOpen = (env: Buffer, aad: string) => {
    const d = createDecipheriv('aes-256-gcm', dataKey, env.subarray(5, 17));
    d.setAAD(Buffer.concat([env.subarray(0, 5), Buffer.from(aad)]));
    d.setAuthTag(env.subarray(env.length - 16));
    return Buffer.concat([d.update(env.subarray(17, env.length - 16)), d.final()]).toString('utf8');
  };
  const decryptRounds = { ours: [] as number[], raw: [] as number[] };
  for (let round = 0; round < (smoke ? 2 : 21); round++) {
    let t = performance.now();
    for (const p of people) {
      cipher.open({ table: 'people', column: 'name', rowId: p.id, programId }, p.name);
      cipher.open({ table: 'people', column: 'email', rowId: p.id, programId }, p.email);
    }
    decryptRounds.ours.push(DECRYPT_PEOPLE / ((performance.now() - t) / 1000));
    t = performance.now();
    for (const p of people) {
      rawOpen(p.name, `people|name|${p.id}|${programId}|1`);
      rawOpen(p.email, `people|email|${p.id}|${programId}|1`);
    }
    decryptRounds.raw.push(DECRYPT_PEOPLE / ((performance.now() - t) / 1000));
  }

  const rows = Object.entries(results).map(([op, r]) => {
    const ratio = median(r.enc) / median(r.plain);
    return [op, fmtInt(median(r.enc)), fmtInt(median(r.plain)), fmt(ratio, 3), `>= ${r.aim}`, ratio >= r.aim ? 'met' : 'BELOW'];
  });
  const dRatio = median(decryptRounds.ours) / median(decryptRounds.raw);
  rows.push(['decrypt people (people/s)', fmtInt(median(decryptRounds.ours)), fmtInt(median(decryptRounds.raw)), fmt(dRatio, 3), '>= 0.8', dRatio >= 0.8 ? 'met' : 'BELOW']);
  printTable('Encrypted store vs plain (medians of rounds; decrypt: ours vs raw node:crypto)', ['operation', 'ours', 'baseline', 'ratio', 'aim', ''], rows);
});

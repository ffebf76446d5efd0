// A program data-key rotation survives being SIGKILLed at random moments: after every kill every
// person is still there and decrypts (rows of both key versions side by side), shows the last
// saved revision or a newer one, and is found by its e-mail through the blind index of its own
// key version; after the last kill the job resumes and completes. The child
// (test/support/crash-child/key-rotation-loop.ts, bundled) runs the production rotation job while
// the "app" keeps editing people between its batches.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveKey, envelopeKeyVersion, type HkdfPurpose } from '../../src/main/core/crypto';
import { createDecryptedCache, createFieldCipher, createProgramKeyring } from '../../src/main/core/field-crypto';
import { createPeopleService } from '../../src/main/core/people';
import { createProgramsService } from '../../src/main/core/programs';
import { reencryptScope, staleRowCount } from '../../src/main/core/reencrypt';
import { all, asReadable, asWritable, migrate, openStore, sql } from '../../src/main/core/store';
import { bundleTsChild } from '../support/crash-child/bundle-ts-child';
import { personAt } from '../support/crash-child/key-rotation-loop';
import { type CrashHarnessStats, runCrashHarness } from '../support/crash-harness';

const KILLS = Number(process.env['RESCHED_REENCRYPT_KILLS'] ?? 50);
const PEOPLE = 1000;

const mk = randomBytes(32);
const salt = randomBytes(16);
const dbKey = randomBytes(32);
const derive = (purpose: HkdfPurpose, context?: string) => deriveKey(mk, salt, purpose, context);

/** The app's services over the store, as the next start-up after a crash builds them. */
function services(file: string) {
  const db = openStore(file, dbKey);
  const keys = createProgramKeyring({ derive, onLockChange: () => () => true });
  const reader = () => asReadable(db);
  const writer = () => asWritable(db);
  const programs = createProgramsService({ reader, writer });
  const people = createPeopleService({ reader, writer, programs, keys, cipher: createFieldCipher(keys, createDecryptedCache()) });
  return { db, keys, writer, programs, people, program: programs.list()[0]! };
}

interface Check {
  iteration: number;
  people: number;
  /** Key versions present among the rows. */
  versions: number[];
  programVersion: number;
  /** People whose fields failed to decrypt, or whose revision went back, or who are not found by e-mail. */
  bad: string[];
}

function inspect(file: string, iteration: number, reported: ReadonlySet<string>): Check {
  const s = services(file);
  try {
    // Latest committed revision per person; a `pending` one may or may not have landed.
    const committed = new Map<number, number>();
    for (const id of reported) {
      const [i, rev] = id.split('.').map(Number) as [number, number];
      committed.set(i, Math.max(committed.get(i) ?? 0, rev));
    }
    const bad: string[] = [];
    const rows = all<{ id: string; key_version: number; name_enc: Buffer; email_enc: Buffer; licence_enc: Buffer; notes_enc: Buffer }>(
      asReadable(s.db),
      sql`SELECT id, key_version, name_enc, email_enc, licence_enc, notes_enc FROM people`,
    );
    for (const row of rows) {
      let label = row.id;
      try {
        const p = s.people.get(s.program.id, row.id);
        const m = /^Person (\d+) rev (\d+)$/.exec(p.name);
        if (!m) throw new Error('unexpected name');
        const [i, rev] = [Number(m[1]), Number(m[2])];
        label = `person ${i}`;
        if (rev < (committed.get(i) ?? 0)) bad.push(`${label}: revision ${rev} older than committed ${committed.get(i)}`);
        const want = personAt(i, rev);
        if (p.email !== want.email || p.licence !== want.licence || p.notes !== want.notes) bad.push(`${label}: fields of different revisions`);
        for (const env of [row.name_enc, row.email_enc, row.licence_enc, row.notes_enc]) {
          if (envelopeKeyVersion(env) !== row.key_version) bad.push(`${label}: envelope version differs from key_version`);
        }
        if (s.people.findByEmail(s.program.id, want.email)?.id !== row.id) bad.push(`${label}: not found by e-mail`);
      } catch (e) {
        bad.push(`${label}: ${(e as { code?: string }).code ?? String(e)}`);
      }
    }
    return {
      iteration,
      people: rows.length,
      versions: [...new Set(rows.map((r) => r.key_version))].sort(),
      programVersion: s.program.dataKeyVersion,
      bad: bad.slice(0, 10),
    };
  } finally {
    s.db.close();
  }
}

describe(`a program key rotation, SIGKILLed ${KILLS} times`, () => {
  const checks: Check[] = [];
  let stats: CrashHarnessStats;
  let dir: string;
  let file: string;
  let child: string;
  let reported: ReadonlySet<string> = new Set();
  let rotations: ReadonlySet<string> = new Set();

  beforeAll(async () => {
    child = await bundleTsChild('key-rotation-loop');
    // One store for the whole file: the last test resumes the job the kills left.
    dir = mkdtempSync(path.join(os.tmpdir(), 'resched-reencrypt-crash-'));
    file = path.join(dir, 'store.db');
    const s = (() => {
      const db = openStore(file, dbKey);
      migrate(db, 'test');
      db.close();
      return services(file);
    })();
    const program = s.programs.create({ code: 'CRASH', name: 'Crash program' });
    s.db.transaction(() => {
      for (let i = 0; i < PEOPLE; i++) s.people.create(program.id, personAt(i, 0));
    })();
    s.db.close();

    stats = await runCrashHarness({
      childScript: child,
      childArgs: ['reencrypt', file, dbKey.toString('hex'), mk.toString('hex'), salt.toString('hex')],
      kills: KILLS,
      // From the child's `ready`: the store is open and the job is running.
      minRunMs: 5,
      maxRunMs: 400,
      prestart: true,
      verify: (ctx) => {
        rotations = ctx.events('rotate');
        reported = new Set(ctx.reported);
        checks.push(inspect(file, ctx.iteration, ctx.reported));
      },
    });
    const mixed = checks.filter((c) => c.versions.length > 1).length;
    console.info(
      `reencrypt crash: ${stats.kills} kills in ${stats.runs} runs, ${rotations.size} rotations started, ${mixed} kills left two key versions, ` +
        `${stats.commits} edits committed, ` +
        `${(stats.totalMs / 1000).toFixed(1)} s (verify max ${stats.maxVerifyMs.toFixed(0)} ms)`,
    );
  }, 600_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('was killed the requested number of times, mostly in the middle of a job', () => {
    expect(stats.kills).toBeGreaterThanOrEqual(KILLS);
    expect(checks.filter((c) => c.versions.length > 1).length).toBeGreaterThanOrEqual(Math.ceil(KILLS / 2));
  });

  it('lost no person after any kill', () => {
    expect(checks.filter((c) => c.people !== PEOPLE).map(({ iteration, people }) => ({ iteration, people }))).toEqual([]);
  });

  it('left every person decryptable, at its last saved revision or newer, and found by e-mail, after every kill', () => {
    expect(checks.filter((c) => c.bad.length > 0).map(({ iteration, bad }) => ({ iteration, bad }))).toEqual([]);
  });

  it('never sealed a row under a version newer than its program', () => {
    expect(checks.filter((c) => c.versions.some((v) => v > c.programVersion)).map(({ iteration, versions, programVersion }) => ({ iteration, versions, programVersion }))).toEqual([]);
  });

  it('completes after the last kill, every row under the current version', async () => {
    const s = services(file);
    try {
      const result = await reencryptScope({ writer: s.writer, keys: s.keys }, s.program.id);
      expect(result).toMatchObject({ state: 'completed', done: PEOPLE, total: PEOPLE });
      expect(staleRowCount(s.writer(), s.program.id, s.programs.require(s.program.id).dataKeyVersion)).toBe(0);
      expect(s.people.list(s.program.id)).toHaveLength(PEOPLE);
    } finally {
      s.db.close();
    }
    const after = inspect(file, -1, reported);
    expect({ bad: after.bad, versions: after.versions, people: after.people }).toEqual({ bad: [], versions: [after.programVersion], people: PEOPLE });
  });
});

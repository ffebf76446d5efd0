import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { envelopeKeyVersion } from '../../../../../src/main/core/crypto';
import { reencryptScope, type ReencryptProgress, staleRowCount, startProgramKeyRotation, startSystemKeyRotation } from '../../../../../src/main/core/reencrypt';
import { all, personById, readSystemKeyVersion, run, sql } from '../../../../../src/main/core/store';
import { SYSTEM_SCOPE } from '../../../../../src/main/core/users';
import { type RotationFixture, rotationFixture } from './fixture';

let f: RotationFixture;
let n = 0;
beforeAll(async () => {
  f = await rotationFixture();
}, 30_000);
afterAll(() => f.close());

const program = () => f.programs.create({ code: `R${++n}`, name: `Program ${n}` });

/** A program with `count` people, every optional field filled in. */
function programWithPeople(count: number) {
  const p = program();
  const inputs = Array.from({ length: count }, (_, i) => ({
    kind: 'resident' as const,
    name: `Resident ${p.code}-${i}`,
    email: `r${i}@${p.code.toLowerCase()}.example.org`,
    phone: `+1 555 01${String(i).padStart(2, '0')}`,
    licence: `MD-${p.code}-${i}`,
    notes: `note ${i}`,
  }));
  const people = inputs.map((input) => f.people.create(p.id, input));
  return { program: p, people, inputs };
}

/** Everyone in the program as the app shows them, in a stable order. */
const listed = (programId: string) => f.people.list(programId).sort((a, b) => a.id.localeCompare(b.id));
const sortedById = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));

const rowsOf = (programId: string) =>
  all<{ key_version: number; name_enc: Buffer; email_enc: Buffer | null }>(f.reader(), sql`SELECT key_version, name_enc, email_enc FROM people WHERE program_id = ${programId}`);

const codeOf = async (fn: () => unknown) => {
  try {
    await fn();
    return 'no error';
  } catch (e) {
    return (e as { code?: string }).code ?? 'no code';
  }
};

describe('starting a program key rotation', () => {
  it('moves the program to the next data-key version', () => {
    const p = program();
    expect(startProgramKeyRotation(f.writer(), p.id)).toEqual({ programId: p.id, fromVersion: 1, toVersion: 2 });
    expect(f.programs.require(p.id).dataKeyVersion).toBe(2);
  });

  it('seals new writes under the new version at once while older rows stay readable', () => {
    const { program: p, people } = programWithPeople(2);
    startProgramKeyRotation(f.writer(), p.id);
    const fresh = f.people.create(p.id, { kind: 'faculty', name: 'Fresh Faculty', email: 'fresh@example.org' });
    expect(personById(f.reader(), p.id, fresh.id)!.key_version).toBe(2);
    expect(personById(f.reader(), p.id, people[0]!.id)!.key_version).toBe(1);
    expect(f.people.list(p.id).map((x) => x.name).sort()).toEqual([...people.map((x) => x.name), 'Fresh Faculty'].sort());
  });

  it('refuses a program that does not exist', async () => {
    expect(await codeOf(() => startProgramKeyRotation(f.writer(), 'no-such-program'))).toBe('ERR_PROGRAM_NOT_FOUND');
  });
});

describe('the re-encryption job', () => {
  it('re-seals every row of the program under the new version, values unchanged', async () => {
    const { program: p, people } = programWithPeople(40);
    startProgramKeyRotation(f.writer(), p.id);
    const result = await reencryptScope(f.deps, p.id);
    expect(result).toMatchObject({ state: 'completed', targetVersion: 2, rows: 40, done: 40, total: 40 });
    // name + email + phone + licence + notes
    expect(result.fields).toBe(200);
    for (const row of rowsOf(p.id)) {
      expect(row.key_version).toBe(2);
      expect(envelopeKeyVersion(row.name_enc)).toBe(2);
      expect(envelopeKeyVersion(row.email_enc!)).toBe(2);
    }
    expect(listed(p.id)).toEqual(sortedById(people));
  });

  it('recomputes blind indexes, so exact-match search still finds re-sealed people', async () => {
    const { program: p, people, inputs } = programWithPeople(3);
    startProgramKeyRotation(f.writer(), p.id);
    const before = personById(f.reader(), p.id, people[1]!.id)!.email_bidx!;
    await reencryptScope(f.deps, p.id);
    expect(personById(f.reader(), p.id, people[1]!.id)!.email_bidx!.equals(before)).toBe(false);
    expect(f.people.findByEmail(p.id, inputs[1]!.email.toUpperCase())?.id).toBe(people[1]!.id);
    expect(f.people.findByLicence(p.id, inputs[2]!.licence).map((x) => x.id)).toEqual([people[2]!.id]);
  });

  it('leaves every other program untouched', async () => {
    const a = programWithPeople(3);
    const b = programWithPeople(3);
    const bRows = rowsOf(b.program.id);
    startProgramKeyRotation(f.writer(), a.program.id);
    await reencryptScope(f.deps, a.program.id);
    expect(rowsOf(b.program.id)).toEqual(bRows);
  });

  it('reports progress that only grows and ends at done = total', async () => {
    const { program: p } = programWithPeople(60);
    startProgramKeyRotation(f.writer(), p.id);
    const seen: ReencryptProgress[] = [];
    // A tiny budget makes many small batches.
    await reencryptScope(f.deps, p.id, { batchBudgetMs: 0.01, onProgress: (x) => seen.push(x) });
    expect(seen[0]).toEqual({ done: 0, total: 60 });
    expect(seen.at(-1)).toEqual({ done: 60, total: 60 });
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every((x, i) => i === 0 || x.done >= seen[i - 1]!.done)).toBe(true);
  });

  it('stops at a cancel with rows of both versions readable, and a second run finishes the rest', async () => {
    const { program: p, people } = programWithPeople(50);
    startProgramKeyRotation(f.writer(), p.id);
    const controller = new AbortController();
    const first = await reencryptScope(f.deps, p.id, {
      signal: controller.signal,
      batchBudgetMs: 0.01,
      onProgress: (x) => {
        if (x.done > 0) controller.abort();
      },
    });
    expect(first.state).toBe('cancelled');
    const versions = new Set(rowsOf(p.id).map((r) => r.key_version));
    expect(versions).toEqual(new Set([1, 2]));
    expect(listed(p.id)).toEqual(sortedById(people));
    expect(staleRowCount(f.writer(), p.id, 2)).toBe(50 - first.done);

    const second = await reencryptScope(f.deps, p.id);
    expect(second).toMatchObject({ state: 'completed', rows: 50 - first.done, done: 50, total: 50 });
    expect(listed(p.id)).toEqual(sortedById(people));
  });

  it('carries on to the newest version when the program is rotated again mid-job', async () => {
    const { program: p, people } = programWithPeople(30);
    startProgramKeyRotation(f.writer(), p.id);
    let rotated = false;
    const result = await reencryptScope(f.deps, p.id, {
      batchBudgetMs: 0.01,
      onProgress: (x) => {
        if (x.done > 0 && !rotated) {
          rotated = true;
          startProgramKeyRotation(f.writer(), p.id);
        }
      },
    });
    expect(result).toMatchObject({ state: 'completed', targetVersion: 3, done: 30, total: 30 });
    expect(new Set(rowsOf(p.id).map((r) => r.key_version))).toEqual(new Set([3]));
    expect(listed(p.id)).toEqual(sortedById(people));
  });

  it('stops at a row whose envelope was altered, naming the row but no value, and changes nothing in that batch', async () => {
    const { program: p, people } = programWithPeople(5);
    const db = f.writer();
    // Move person 0's name envelope onto person 3: it no longer belongs to its cell.
    run(db, sql`UPDATE people SET name_enc = ${personById(db, p.id, people[0]!.id)!.name_enc} WHERE id = ${people[3]!.id}`);
    startProgramKeyRotation(db, p.id);
    const before = rowsOf(p.id);
    let error: unknown;
    await reencryptScope(f.deps, p.id, { batchBudgetMs: 1000 }).catch((e: unknown) => (error = e));
    expect((error as { code?: string }).code).toBe('ERR_ROTATION_FAILED');
    expect(String((error as Error).message)).toMatch(/people rowid \d+ column name_enc does not decrypt/);
    expect(String((error as Error).message)).not.toContain('Resident');
    expect(rowsOf(p.id)).toEqual(before);
  });

  it('rotates the system scope: new display names seal under the recorded version at once, older ones are re-sealed', async () => {
    const userRow = (id: string) => all<{ key_version: number; display_name_enc: Buffer }>(f.reader(), sql`SELECT key_version, display_name_enc FROM users WHERE id = ${id}`)[0]!;
    const before = await f.users.create({ username: 'casey', displayName: 'Casey Coordinator', role: 'coordinator', programIds: [], password: 'seven quiet harbours at midnight' });
    const from = readSystemKeyVersion(f.reader());
    expect(startSystemKeyRotation(f.writer())).toEqual({ fromVersion: from, toVersion: from + 1 });
    expect(readSystemKeyVersion(f.reader())).toBe(from + 1);
    const after = await f.users.create({ username: 'drew', displayName: 'Drew Director', role: 'coordinator', programIds: [], password: 'nine bright lanterns on a quay' });
    expect(envelopeKeyVersion(userRow(after.id).display_name_enc)).toBe(from + 1);
    expect(userRow(before.id).key_version).toBe(from);
    expect(staleRowCount(f.writer(), SYSTEM_SCOPE, from + 1)).toBeGreaterThan(0);

    expect(await codeOf(() => reencryptScope(f.deps, SYSTEM_SCOPE, { targetVersion: from + 5 }))).toBe('ERR_ROTATION_FAILED');
    const result = await reencryptScope(f.deps, SYSTEM_SCOPE);
    expect(result).toMatchObject({ state: 'completed', targetVersion: from + 1 });
    expect(result.done).toBe(result.total);
    expect(userRow(before.id).key_version).toBe(from + 1);
    expect(envelopeKeyVersion(userRow(before.id).display_name_enc)).toBe(from + 1);
    expect(f.users.get(before.id).displayName).toBe('Casey Coordinator');
    expect(f.users.get(after.id).displayName).toBe('Drew Director');
  }, 30_000);

  it('seals a changed display name under the current system version, not version 1', async () => {
    const user = await f.users.create({ username: 'emery', displayName: 'Emery Editor', role: 'coordinator', programIds: [], password: 'four silver kettles by the sea' });
    startSystemKeyRotation(f.writer());
    const current = readSystemKeyVersion(f.reader());
    f.users.update(user.id, { displayName: 'Emery E. Editor' });
    const row = all<{ key_version: number; display_name_enc: Buffer }>(f.reader(), sql`SELECT key_version, display_name_enc FROM users WHERE id = ${user.id}`)[0]!;
    expect(row.key_version).toBe(current);
    expect(envelopeKeyVersion(row.display_name_enc)).toBe(current);
    expect(f.users.get(user.id).displayName).toBe('Emery E. Editor');
  }, 30_000);
});

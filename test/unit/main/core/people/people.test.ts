import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asWritable, insertPerson, personById, run, sql } from '../../../../../src/main/core/store';
import { TEST_PASSPHRASE, unlockedCore } from '../../../../support/unlocked-core';

let dir: string;
let ctx: Awaited<ReturnType<typeof unlockedCore>>;
let n = 0;
const program = () => ctx.programs.create({ code: `P${++n}`, name: `Program ${n}` });

// One vault for the file: PBKDF2 runs once, each test makes its own programs.
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'resched-people-'));
  ctx = await unlockedCore(dir);
});
afterAll(() => {
  ctx.core.shutdown();
  rmSync(dir, { recursive: true, force: true });
});

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'no error';
  } catch (e) {
    return (e as { code?: string }).code ?? 'no code';
  }
};

describe('people', () => {
  it('reads back every personal field as entered', () => {
    const p = program();
    const input = { kind: 'resident' as const, name: 'Dr. Ada Lovelace', email: 'ada@example.org', phone: '+1 555 0100', licence: 'MD-12345', notes: 'Prefers nights' };
    const created = ctx.people.create(p.id, input);
    expect(ctx.people.get(p.id, created.id)).toMatchObject(input);
  });

  it('stores personal fields only as envelopes bound to their cell', () => {
    const p = program();
    const created = ctx.people.create(p.id, { kind: 'faculty', name: 'Grace Hopper', email: 'grace@example.org' });
    const row = personById(ctx.core.workstation.reader(), p.id, created.id)!;
    expect(row.name_enc.includes(Buffer.from('Grace Hopper'))).toBe(false);
    expect(row.email_enc!.includes(Buffer.from('grace@example.org'))).toBe(false);
    expect(row.name_enc[0]).toBe(1);
    expect(row.key_version).toBe(1);
  });

  it('refuses a name envelope copied to another person', () => {
    const p = program();
    const a = ctx.people.create(p.id, { kind: 'resident', name: 'Alice Apple' });
    const b = ctx.people.create(p.id, { kind: 'resident', name: 'Bob Banana' });
    const db = ctx.core.workstation.writer();
    const aRow = personById(db, p.id, a.id)!;
    run(db, sql`UPDATE people SET name_enc = ${aRow.name_enc} WHERE id = ${b.id}`);
    expect(codeOf(() => ctx.people.get(p.id, b.id))).toBe('ERR_CRYPTO_DECRYPT_FAILED');
  });

  it('refuses an envelope moved from one column to another', () => {
    const p = program();
    const a = ctx.people.create(p.id, { kind: 'resident', name: 'Carol Cherry', email: 'carol@example.org' });
    const db = ctx.core.workstation.writer();
    const row = personById(db, p.id, a.id)!;
    run(db, sql`UPDATE people SET notes_enc = ${row.email_enc} WHERE id = ${a.id}`);
    expect(codeOf(() => ctx.people.get(p.id, a.id))).toBe('ERR_CRYPTO_DECRYPT_FAILED');
  });

  it('cannot read a value encrypted for program A through program B, even with direct repository access', () => {
    const a = program();
    const b = program();
    const person = ctx.people.create(a.id, { kind: 'resident', name: 'Dana Date', email: 'dana@example.org' });
    // Through the service: another program's id is simply not there.
    expect(codeOf(() => ctx.people.get(b.id, person.id))).toBe('ERR_PERSON_NOT_FOUND');
    // Directly: copy A's row, ciphertexts and all, into program B under the same id shape.
    const db = asWritable(ctx.core.workstation.db());
    const row = personById(db, a.id, person.id)!;
    const stolenId = '00000000-0000-4000-8000-000000000001';
    insertPerson(db, { ...row, id: stolenId, program_id: b.id });
    expect(codeOf(() => ctx.people.get(b.id, stolenId))).toBe('ERR_CRYPTO_DECRYPT_FAILED');
    // Even keeping the row id (so only the program differs) does not help.
    run(db, sql`DELETE FROM people WHERE id = ${stolenId}`);
    run(db, sql`UPDATE people SET program_id = ${b.id} WHERE id = ${person.id}`);
    expect(codeOf(() => ctx.people.get(b.id, person.id))).toBe('ERR_CRYPTO_DECRYPT_FAILED');
  });

  it('finds a person by e-mail whatever its case, only within the program', () => {
    const a = program();
    const b = program();
    const person = ctx.people.create(a.id, { kind: 'resident', name: 'Eve Elder', email: 'Eve.Elder@Example.org' });
    expect(ctx.people.findByEmail(a.id, '  eve.elder@example.ORG ')?.id).toBe(person.id);
    expect(ctx.people.findByEmail(b.id, 'eve.elder@example.org')).toBeNull();
  });

  it('gives the same e-mail different blind indexes in different programs', () => {
    const a = program();
    const b = program();
    const pa = ctx.people.create(a.id, { kind: 'resident', name: 'Fay', email: 'same@example.org' });
    const pb = ctx.people.create(b.id, { kind: 'resident', name: 'Fay', email: 'same@example.org' });
    const db = ctx.core.workstation.reader();
    expect(personById(db, a.id, pa.id)!.email_bidx!.equals(personById(db, b.id, pb.id)!.email_bidx!)).toBe(false);
  });

  it('refuses a second person with the same e-mail in a program', () => {
    const p = program();
    ctx.people.create(p.id, { kind: 'resident', name: 'Gus', email: 'gus@example.org' });
    expect(codeOf(() => ctx.people.create(p.id, { kind: 'resident', name: 'Gus Two', email: 'GUS@example.org' }))).toBe('ERR_PERSON_EMAIL_TAKEN');
  });

  it('finds people by licence number ignoring spaces, dashes and case', () => {
    const p = program();
    const person = ctx.people.create(p.id, { kind: 'faculty', name: 'Hal', licence: 'md-123 45' });
    expect(ctx.people.findByLicence(p.id, 'MD12345').map((x) => x.id)).toEqual([person.id]);
  });

  it('re-encrypts on update with a fresh envelope', () => {
    const p = program();
    const person = ctx.people.create(p.id, { kind: 'resident', name: 'Ivy' });
    const before = personById(ctx.core.workstation.reader(), p.id, person.id)!.name_enc;
    ctx.people.update(p.id, person.id, { kind: 'resident', name: 'Ivy Ivory' });
    const after = personById(ctx.core.workstation.reader(), p.id, person.id)!.name_enc;
    expect(after.equals(before)).toBe(false);
    expect(ctx.people.get(p.id, person.id).name).toBe('Ivy Ivory');
  });

  it('lists only the program’s own people', () => {
    const a = program();
    const b = program();
    ctx.people.create(a.id, { kind: 'resident', name: 'Jo' });
    ctx.people.create(b.id, { kind: 'resident', name: 'Kim' });
    expect(ctx.people.list(a.id).map((x) => x.name)).toEqual(['Jo']);
  });

  it('answers ERR_PROGRAM_NOT_FOUND for an unknown program', () => {
    expect(codeOf(() => ctx.people.list('00000000-0000-4000-8000-0000000000ff'))).toBe('ERR_PROGRAM_NOT_FOUND');
  });

  it('refuses a duplicate program code', () => {
    const p = program();
    expect(codeOf(() => ctx.programs.create({ code: p.code, name: 'again' }))).toBe('ERR_PROGRAM_CODE_TAKEN');
  });
});

describe('after lock', () => {
  it('refuses to read people and forgets decrypted values', async () => {
    const p = program();
    const person = ctx.people.create(p.id, { kind: 'resident', name: 'Lee' });
    ctx.people.get(p.id, person.id);
    ctx.core.workstation.lock();
    expect(codeOf(() => ctx.people.get(p.id, person.id))).toBe('ERR_VAULT_LOCKED');
    await ctx.core.workstation.unlock({ method: 'passphrase', passphrase: TEST_PASSPHRASE });
    expect(ctx.people.get(p.id, person.id).name).toBe('Lee');
  });
});

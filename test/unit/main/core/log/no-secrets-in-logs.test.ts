// What reaches the log never carries a secret or personal data: proven on the paths where they are
// most likely to leak — a failed sign-in, an exception whose message holds a token, a person update.
import { describe, expect, it } from 'vitest';
import { createMemoryLogger, sanitize } from '../../../../../src/main/core/log';
import { useTempDirs } from '../../../../support/temp-dir';
import { ADMIN, adminCore } from '../../../../support/unlocked-core';

const tempDir = useTempDirs();

describe('logs', () => {
  it('hold neither the password nor the username of a failed sign-in', async () => {
    const ctx = await adminCore(tempDir());
    const before = ctx.records.length;
    await ctx.call('w2', 'auth.login', { username: 'dr.who.secret', password: 'the tardis is bigger inside' });
    await ctx.call('w2', 'auth.login', { username: ADMIN.username, password: 'not the admin password at all' });
    const text = JSON.stringify(ctx.records.slice(before));
    expect(ctx.records.length).toBeGreaterThan(before);
    for (const secret of ['the tardis is bigger inside', 'not the admin password at all', 'dr.who.secret', ADMIN.password]) expect(text).not.toContain(secret);
  });

  it('hold no token from an exception message', () => {
    const { logger, records } = createMemoryLogger();
    const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwidHlwIjoiYWNjZXNzIn0.c2lnbmF0dXJlLWJ5dGVzLWhlcmU';
    logger.error('handler threw', { error: new Error(`verification failed for ${token}`), authorization: `Bearer ${token}` });
    logger.warn(`bad token ${token}`);
    const text = JSON.stringify(records);
    expect(text).not.toContain(token);
    expect(text).not.toContain('c2lnbmF0dXJlLWJ5dGVzLWhlcmU');
  });

  it('hold no name, e-mail or note from a person update', async () => {
    const ctx = await adminCore(tempDir());
    const program = (await ctx.asAdmin('programs.create', { code: 'IM', name: 'Internal Medicine' })) as { value: { id: string } };
    const created = (await ctx.asAdmin('people.create', { programId: program.value.id, person: { kind: 'resident', name: 'Rosalind Franklin' } })) as {
      value: { id: string };
    };
    const before = ctx.records.length;
    const person = { kind: 'resident', name: 'Rosalind E. Franklin', email: 'rosalind@kings.example', notes: 'on leave in March', licence: 'GMC-551' };
    await ctx.asAdmin('people.update', { programId: program.value.id, personId: created.value.id, person });
    // And a refused one, whose input is echoed nowhere either.
    await ctx.asAdmin('people.update', { programId: program.value.id, personId: created.value.id, person: { ...person, email: 'not-an-email Rosalind' } });
    const text = JSON.stringify(ctx.records.slice(before));
    for (const pii of ['Rosalind', 'rosalind@kings.example', 'on leave in March', 'GMC-551']) expect(text).not.toContain(pii);
  });

  it('redacts secret- and personal-looking fields by name, whatever their value', () => {
    expect(sanitize({ password: 'x', recoveryCode: 'y', displayName: 'z', nested: { email: 'e', apiKey: 'k' }, count: 3 })).toEqual({
      password: '[redacted]',
      recoveryCode: '[redacted]',
      displayName: '[redacted:pii]',
      nested: { email: '[redacted:pii]', apiKey: '[redacted]' },
      count: 3,
    });
  });
});

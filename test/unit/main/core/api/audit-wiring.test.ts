// The trail records what people do through the app, with ids only, and the chain stays valid.
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../support/temp-dir';
import { ADMIN, adminCore } from '../../../../support/unlocked-core';

const tempDir = useTempDirs();

type Entries = { value: { entries: { action: string; outcome: string; actor: string; target: string | null }[]; total: number } };

describe('audit trail through the app', () => {
  it('records sign-ins, failures, user administration and views of person records, and verifies', async () => {
    const ctx = await adminCore(tempDir());
    await ctx.call('w2', 'auth.login', { username: ADMIN.username, password: 'definitely the wrong password' });
    await ctx.call('w2', 'auth.login', { username: 'ghost', password: 'definitely the wrong password' });
    const program = (await ctx.asAdmin('programs.create', { code: 'IM', name: 'Internal Medicine' })) as { value: { id: string } };
    const person = (await ctx.asAdmin('people.create', { programId: program.value.id, person: { kind: 'resident', name: 'Marie Curie' } })) as { value: { id: string } };
    await ctx.asAdmin('people.get', { programId: program.value.id, personId: person.value.id });
    await ctx.asAdmin('users.create', { username: 'cora', displayName: 'Cora', role: 'coordinator', programIds: [program.value.id], temporaryPassword: 'temporary spring meadow words' });

    const listed = (await ctx.asAdmin('audit.list', {})) as Entries;
    const actions = listed.value.entries.map((e) => `${e.action}:${e.outcome}`).reverse();
    expect(actions).toEqual([
      'user.create:success',
      'auth.login:success',
      'auth.login.failure:failure',
      'auth.login.failure:failure',
      'person.create:success',
      'person.view:success',
      'user.create:success',
    ]);
    expect(listed.value.entries.find((e) => e.action === 'person.view')?.target).toBe(person.value.id);
    expect(JSON.stringify(listed.value)).not.toMatch(/Marie|Curie|ghost|wrong password|Cora/);
    expect(await ctx.asAdmin('audit.verify', {})).toMatchObject({ ok: true, value: { valid: true, entries: 7 } });
  });

  it('filters by action and exports CSV, recording the export', async () => {
    const ctx = await adminCore(tempDir());
    await ctx.call('w2', 'auth.login', { username: 'ghost', password: 'definitely the wrong password' });
    const failures = (await ctx.asAdmin('audit.list', { action: 'auth.login.failure' })) as Entries;
    expect(failures.value.total).toBe(1);
    const exported = (await ctx.asAdmin('audit.exportCsv', { outcome: 'failure' })) as { value: { csv: string; rows: number } };
    expect(exported.value.rows).toBe(1);
    expect(exported.value.csv.split('\n')[0]).toContain('seq');
    const last = (await ctx.asAdmin('audit.list', { limit: 1 })) as Entries;
    expect(last.value.entries[0]?.action).toBe('audit.export');
  });

  it('still lists an entry someone altered in the database, and verify names it', async () => {
    const ctx = await adminCore(tempDir());
    await ctx.call('w2', 'auth.login', { username: 'ghost', password: 'definitely the wrong password' });
    const db = ctx.core.workstation.db();
    db.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET action = 'nothing.happened', outcome = 'success' WHERE seq = 2");
    const listed = (await ctx.asAdmin('audit.list', {})) as Entries;
    expect(listed.value.entries.find((e) => (e as unknown as { seq: number }).seq === 2)).toMatchObject({ action: 'nothing.happened', outcome: 'success' });
    expect(await ctx.asAdmin('audit.verify', {})).toMatchObject({ ok: true, value: { valid: false, firstBadSeq: 2, problem: 'mac-mismatch' } });
  });
});

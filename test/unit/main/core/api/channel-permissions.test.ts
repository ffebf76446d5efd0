// Every channel declares a permission, and every non-public channel refuses a caller without a
// session and a caller whose role lacks the permission — enumerated from the contract itself.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, contract, roleAllows } from '../../../../../src/shared/contract';
import type { Role } from '../../../../../src/shared/domain';
import { adminCore } from '../../../../support/unlocked-core';

const ROLES: Role[] = ['admin', 'coordinator', 'faculty', 'auditor'];
let dir: string;
let ctx: Awaited<ReturnType<typeof adminCore>>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'resched-perm-'));
  ctx = await adminCore(dir);
  const program = (await ctx.asAdmin('programs.create', { code: 'IM', name: 'Internal Medicine' })) as { value: { id: string } };
  for (const role of ROLES.filter((r) => r !== 'admin')) {
    const temporary = `temporary words ${ROLES.indexOf(role)} for the first sign-in`;
    const created = await ctx.asAdmin('users.create', { username: role, displayName: `A ${role}`, role, programIds: [program.value.id], temporaryPassword: temporary });
    expect(created).toMatchObject({ ok: true });
    expect(await ctx.call(role, 'auth.login', { username: role, password: temporary })).toMatchObject({ ok: true });
    const changed = await ctx.call(role, 'account.changePassword', { currentPassword: temporary, newPassword: `a brand new passphrase number ${ROLES.indexOf(role)}` });
    expect(changed).toMatchObject({ ok: true, value: { mustChangePassword: false } });
  }
}, 60_000);

afterAll(() => {
  ctx.core.shutdown();
  rmSync(dir, { recursive: true, force: true });
});

const guarded = channelNames.filter((c) => contract[c].permission !== 'public');

describe('channel permissions', () => {
  it('every channel names a permission', () => {
    for (const c of channelNames) expect(contract[c].permission, c).toBeTruthy();
  });

  it.each(guarded)('%s refuses a caller without a session', async (channel) => {
    const r = await ctx.call('stranger-window', channel, {});
    expect(r).toMatchObject({ ok: false, error: { code: 'ERR_AUTH_REQUIRED' } });
  });

  const denials = guarded.flatMap((channel) =>
    ROLES.filter((role) => !roleAllows(role, contract[channel].permission)).map((role) => [channel, role] as const),
  );

  it('has at least one role to refuse for every admin-only channel', () => {
    expect(denials.length).toBeGreaterThan(10);
  });

  it.each(denials)('%s refuses the %s role', async (channel, role) => {
    const r = await ctx.call(role, channel, {});
    expect(r).toMatchObject({ ok: false, error: { code: 'ERR_PERMISSION_DENIED' } });
  });

  it('records a refused attempt in the audit trail', async () => {
    await ctx.call('faculty', 'users.list', {});
    const denied = (await ctx.asAdmin('audit.list', { action: 'access.denied', limit: 1 })) as { value: { entries: { target: string; outcome: string }[] } };
    expect(denied.value.entries[0]).toMatchObject({ target: 'users.list', outcome: 'denied' });
  });

  it('refuses a coordinator access to a program they are not a member of', async () => {
    const other = (await ctx.asAdmin('programs.create', { code: 'PED', name: 'Pediatrics' })) as { value: { id: string } };
    const r = await ctx.call('coordinator', 'people.list', { programId: other.value.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'ERR_PERMISSION_DENIED' } });
    const listed = (await ctx.call('coordinator', 'programs.list', {})) as { value: { code: string }[] };
    expect(listed.value.map((p) => p.code)).toEqual(['IM']);
  });

  it('lets an auditor read every program but write none', async () => {
    const programs = (await ctx.call('auditor', 'programs.list', {})) as { value: { id: string }[] };
    expect(programs.value.length).toBeGreaterThanOrEqual(1);
    const write = await ctx.call('auditor', 'people.create', { programId: programs.value[0]!.id, person: { kind: 'resident', name: 'X' } });
    expect(write).toMatchObject({ ok: false, error: { code: 'ERR_PERMISSION_DENIED' } });
  });
});

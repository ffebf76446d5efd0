// Sign-in, lockout, session lock, token rotation and revocation, through the real core and IPC
// dispatcher, with a clock the tests move.
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../support/temp-dir';
import { ADMIN, adminCore } from '../../../../support/unlocked-core';

const tempDir = useTempDirs();

async function setup() {
  let t = Date.parse('2026-12-01T08:00:00Z');
  const clock = { now: () => new Date(t), advance: (minutes: number) => (t += minutes * 60_000) };
  const ctx = await adminCore(tempDir(), { now: clock.now });
  return { ...ctx, clock };
}

const code = (r: unknown) => (r as { ok: boolean; error?: { code: string } }).error?.code ?? 'ok';

describe('sign-in', () => {
  it('answers unknown users and wrong passwords with the same error and message', async () => {
    const ctx = await setup();
    const unknown = await ctx.call('w2', 'auth.login', { username: 'nobody', password: 'whatever it may be here' });
    const wrong = await ctx.call('w2', 'auth.login', { username: ADMIN.username, password: 'not the admin password' });
    expect(unknown).toEqual(wrong);
    expect(code(unknown)).toBe('ERR_AUTH_INVALID_CREDENTIALS');
  });

  it('locks an account out after five failures in fifteen minutes, even for the right password', async () => {
    const ctx = await setup();
    for (let i = 0; i < 5; i++) await ctx.call('w2', 'auth.login', { username: ADMIN.username, password: `wrong password number ${i}` });
    expect(code(await ctx.call('w2', 'auth.login', { username: ADMIN.username, password: ADMIN.password }))).toBe('ERR_AUTH_LOCKED_OUT');
    ctx.clock.advance(2);
    expect(code(await ctx.call('w2', 'auth.login', { username: ADMIN.username, password: ADMIN.password }))).toBe('ok');
  });

  it('binds a session to its window: another window has none', async () => {
    const ctx = await setup();
    expect(code(await ctx.call('admin-window', 'users.list', {}))).toBe('ok');
    expect(code(await ctx.call('other-window', 'users.list', {}))).toBe('ERR_AUTH_REQUIRED');
  });
});

describe('sessions', () => {
  it('rotates an expired access token transparently while the refresh token lives', async () => {
    const ctx = await setup();
    ctx.clock.advance(14);
    expect(code(await ctx.asAdmin('users.list', {}))).toBe('ok');
    ctx.clock.advance(14);
    expect(code(await ctx.asAdmin('users.list', {}))).toBe('ok');
  });

  it('locks after fifteen idle minutes and unlocks with the password, keeping the session', async () => {
    const ctx = await setup();
    ctx.clock.advance(16);
    expect(code(await ctx.asAdmin('users.list', {}))).toBe('ERR_AUTH_SESSION_LOCKED');
    expect(code(await ctx.asAdmin('auth.unlock', { password: 'not my password at all' }))).toBe('ERR_AUTH_INVALID_CREDENTIALS');
    expect(await ctx.asAdmin('auth.unlock', { password: ADMIN.password })).toMatchObject({ ok: true, value: { locked: false, username: 'admin' } });
    expect(code(await ctx.asAdmin('users.list', {}))).toBe('ok');
  });

  it('locks every session when the OS locks the screen, and tells the windows', async () => {
    const ctx = await setup();
    ctx.core.lockAllSessions();
    expect(code(await ctx.asAdmin('users.list', {}))).toBe('ERR_AUTH_SESSION_LOCKED');
    expect(ctx.events).toContainEqual({ type: 'session.locked' });
    expect(await ctx.asAdmin('auth.unlock', { password: ADMIN.password })).toMatchObject({ ok: true, value: { locked: false } });
  });

  it('counts wrong passwords at the lock screen toward the lockout', async () => {
    const ctx = await setup();
    await ctx.asAdmin('auth.lock', {});
    for (let i = 0; i < 5; i++) await ctx.asAdmin('auth.unlock', { password: `wrong lock screen guess ${i}` });
    expect(code(await ctx.asAdmin('auth.unlock', { password: ADMIN.password }))).toBe('ERR_AUTH_LOCKED_OUT');
  });

  it('reports no session for an account disabled meanwhile', async () => {
    const ctx = await setup();
    await ctx.asAdmin('users.create', { username: 'fay', displayName: 'Fay', role: 'faculty', programIds: [], temporaryPassword: 'temporary winter harbour words' });
    await ctx.call('fay', 'auth.login', { username: 'fay', password: 'temporary winter harbour words' });
    const users = (await ctx.asAdmin('users.list', {})) as { value: { id: string; username: string }[] };
    await ctx.asAdmin('users.update', { userId: users.value.find((u) => u.username === 'fay')!.id, status: 'disabled' });
    expect(await ctx.call('fay', 'auth.status', {})).toMatchObject({ ok: true, value: { session: null } });
  });

  it('locks on demand', async () => {
    const ctx = await setup();
    expect(await ctx.asAdmin('auth.lock', {})).toMatchObject({ ok: true, value: { locked: true } });
    expect(code(await ctx.asAdmin('users.list', {}))).toBe('ERR_AUTH_SESSION_LOCKED');
  });

  it('ends the session on sign-out', async () => {
    const ctx = await setup();
    await ctx.asAdmin('auth.logout', {});
    expect(code(await ctx.asAdmin('users.list', {}))).toBe('ERR_AUTH_REQUIRED');
    expect(await ctx.asAdmin('auth.status', {})).toMatchObject({ ok: true, value: { session: null, usersExist: true } });
  });

  it('ends every session when the vault locks', async () => {
    const ctx = await setup();
    ctx.core.workstation.lock();
    await ctx.core.workstation.unlock({ method: 'passphrase', passphrase: 'orbit lantern quietly marching seventy' });
    expect(code(await ctx.asAdmin('users.list', {}))).toBe('ERR_AUTH_REQUIRED');
  });

  it('ends even an active session twelve hours after sign-in', async () => {
    const ctx = await setup();
    let minutes = 0;
    let answer = 'ok';
    // Active every 14 minutes, so it never idles out: only the absolute lifetime can end it.
    while (answer === 'ok' && minutes < 24 * 60) {
      ctx.clock.advance(14);
      minutes += 14;
      answer = code(await ctx.asAdmin('users.list', {}));
    }
    expect(answer).toBe('ERR_AUTH_SESSION_EXPIRED');
    expect(minutes).toBeGreaterThanOrEqual(12 * 60);
    expect(minutes).toBeLessThan(12 * 60 + 15);
    expect(code(await ctx.asAdmin('users.list', {}))).toBe('ERR_AUTH_REQUIRED');
  });
});

describe('accounts', () => {
  it('makes an admin-created user change the temporary password before anything else', async () => {
    const ctx = await setup();
    await ctx.asAdmin('users.create', { username: 'cora', displayName: 'Cora Coordinator', role: 'coordinator', programIds: [], temporaryPassword: 'temporary spring meadow words' });
    expect(await ctx.call('cora', 'auth.login', { username: 'Cora', password: 'temporary spring meadow words' })).toMatchObject({ ok: true, value: { mustChangePassword: true } });
    expect(code(await ctx.call('cora', 'programs.list', {}))).toBe('ERR_AUTH_PASSWORD_CHANGE_REQUIRED');
    expect(code(await ctx.call('cora', 'account.changePassword', { currentPassword: 'temporary spring meadow words', newPassword: 'cora' + ' likes long quiet walks' }))).toBe('ERR_PASSWORD_CONTAINS_NAME');
    expect(code(await ctx.call('cora', 'account.changePassword', { currentPassword: 'temporary spring meadow words', newPassword: 'seven silver herons at noon' }))).toBe('ok');
    expect(code(await ctx.call('cora', 'programs.list', {}))).toBe('ok');
  });

  it('refuses to disable or demote the last active admin', async () => {
    const ctx = await setup();
    const status = (await ctx.asAdmin('auth.status', {})) as { value: { session: { userId: string } } };
    expect(code(await ctx.asAdmin('users.update', { userId: status.value.session.userId, role: 'coordinator' }))).toBe('ERR_USER_LAST_ADMIN');
    expect(code(await ctx.asAdmin('users.update', { userId: status.value.session.userId, status: 'disabled' }))).toBe('ERR_USER_LAST_ADMIN');
  });

  it('refuses a second first-admin', async () => {
    const ctx = await setup();
    expect(code(await ctx.call('w9', 'auth.createFirstAdmin', { username: 'mallory', displayName: 'M', password: 'someone takes over the app now' }))).toBe('ERR_USERS_ALREADY_EXIST');
  });

  it('signs out a disabled user at their next call', async () => {
    const ctx = await setup();
    const created = (await ctx.asAdmin('users.create', { username: 'fay', displayName: 'Fay Faculty', role: 'faculty', programIds: [], temporaryPassword: 'temporary winter harbour words' })) as { value: { id: string } };
    await ctx.call('fay', 'auth.login', { username: 'fay', password: 'temporary winter harbour words' });
    await ctx.asAdmin('users.update', { userId: created.value.id, status: 'disabled' });
    expect(code(await ctx.call('fay', 'account.changePassword', { currentPassword: 'temporary winter harbour words', newPassword: 'another fine long password' }))).toBe('ERR_AUTH_SESSION_EXPIRED');
    expect(code(await ctx.call('fay', 'auth.login', { username: 'fay', password: 'temporary winter harbour words' }))).toBe('ERR_AUTH_INVALID_CREDENTIALS');
  });

  it('keeps display names out of the store in plain text', async () => {
    const ctx = await setup();
    const row = ctx.core.workstation.db().prepare('SELECT display_name_enc FROM users').pluck().get() as Buffer;
    expect(row.includes(Buffer.from(ADMIN.displayName))).toBe(false);
    expect((await ctx.asAdmin('users.list', {})) as unknown).toMatchObject({ ok: true, value: [{ displayName: ADMIN.displayName }] });
  });
});

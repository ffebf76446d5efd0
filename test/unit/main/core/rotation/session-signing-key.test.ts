// Session-signing key rotation: a new key signs at once, tokens signed before keep verifying for
// the 24-hour grace and are refused after it; the rotation runs by itself once the key is 90 days old.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createSigningKeyStore, createTokenService } from '../../../../../src/main/core/auth';
import { asReadable, asWritable, migrate, openStore, run, sql } from '../../../../../src/main/core/store';
import { ADMIN, adminCore } from '../../../../support/unlocked-core';
import { useTempDirs } from '../../../../support/temp-dir';

const tempDir = useTempDirs();
const USER = '11111111-1111-4111-8111-111111111111';
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

function tokenSetup() {
  const db = openStore(path.join(tempDir(), 'store.db'), randomBytes(32));
  migrate(db, 'test');
  run(asWritable(db), sql`INSERT INTO users (id, username, display_name_enc, role, status, password_hash, key_version, created_at, updated_at)
    VALUES (${USER}, 'u', x'00', 'admin', 'active', 'h', 1, 'now', 'now')`);
  let t = Date.parse('2026-12-01T08:00:00Z');
  const now = () => new Date(t);
  const kek = randomBytes(32);
  const keys = createSigningKeyStore({ reader: () => asReadable(db), writer: () => asWritable(db), kek: () => Buffer.from(kek), now });
  const tokens = createTokenService({ keys, reader: () => asReadable(db), writer: () => asWritable(db), now, accessTtlSeconds: 12 * 3600 });
  return { tokens, keys, advance: (ms: number) => (t += ms) };
}

const kidOf = (token: string) => (JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8')) as { kid: string }).kid;
const codeOf = async (p: Promise<unknown>) => p.then(() => 'ok', (e: { code?: string }) => e.code ?? 'no code');

describe('session-signing key rotation', () => {
  it('keeps verifying a token signed before the rotation while the old key is in grace', async () => {
    const { tokens, keys, advance } = tokenSetup();
    const before = await tokens.issue(USER, 'w');
    keys.rotate(24 * HOUR);
    advance(11 * HOUR);
    await expect(tokens.verifyAccess(before.access, 'w')).resolves.toMatchObject({ userId: USER });
  });

  it('keeps the old key for verifying until the grace ends, and not after', () => {
    const { keys, advance } = tokenSetup();
    const old = keys.active().kid;
    keys.rotate(24 * HOUR);
    advance(24 * HOUR - 1000);
    expect(keys.forKid(old)?.kid).toBe(old);
    advance(2000);
    expect(keys.forKid(old)).toBeNull();
  });

  it('refuses a token signed with the old key once the grace has ended', async () => {
    const { tokens, keys, advance } = tokenSetup();
    const before = await tokens.issue(USER, 'w');
    // A grace shorter than the token's life, so the grace and not the expiry is what ends it.
    keys.rotate(HOUR);
    advance(HOUR + 1000);
    expect(await codeOf(tokens.verifyAccess(before.access, 'w'))).toBe('ERR_AUTH_SESSION_EXPIRED');
  });

  it('signs every new token with the new key', async () => {
    const { tokens, keys, advance } = tokenSetup();
    const before = await tokens.issue(USER, 'w');
    const { kid, retiredKids } = keys.rotate(24 * HOUR);
    const after = await tokens.issue(USER, 'w');
    expect(retiredKids).toEqual([kidOf(before.access)]);
    expect(kidOf(after.access)).toBe(kid);
    advance(DAY / 2 - 1000);
    await expect(tokens.verifyAccess(after.access, 'w')).resolves.toMatchObject({ userId: USER });
  });

  it('rotates by itself at unlock once the key is 90 days old, recording the grace end', async () => {
    let t = Date.parse('2026-03-01T09:00:00.000Z');
    const ctx = await adminCore(tempDir(), { now: () => new Date(t) });
    expect(((await ctx.asAdmin('rotation.status', {})) as { value: { overdue: unknown[] } }).value.overdue).toEqual([]);
    t += 91 * DAY;
    ctx.core.workstation.lock();
    await ctx.core.workstation.unlock({ method: 'passphrase', passphrase: 'orbit lantern quietly marching seventy' });
    await ctx.call('w2', 'auth.login', { username: ADMIN.username, password: ADMIN.password });
    const history = async () => ((await ctx.call('w2', 'rotation.history', {})) as { value: { type: string; status: string; graceEndsAt: string; initiator: string }[] }).value;
    await vi.waitFor(async () => expect(await history()).toHaveLength(1), { timeout: 10_000, interval: 100 });
    const [entry] = await history();
    expect(entry).toMatchObject({ type: 'session-signing-key', status: 'completed', initiator: 'system', graceEndsAt: new Date(t + DAY).toISOString() });
    const status = (await ctx.call('w2', 'rotation.status', {})) as { value: { overdue: unknown[]; inGrace: { type: string }[] } };
    expect(status.value.inGrace.map((g) => g.type)).toEqual(['session-signing-key']);
    expect(status.value.overdue).toEqual([]);
    ctx.core.shutdown();
  }, 30_000);
});

import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSigningKeyStore, createTokenService } from '../../../../../src/main/core/auth';
import { asReadable, asWritable, migrate, openStore, run, sql } from '../../../../../src/main/core/store';
import { useTempDirs } from '../../../../support/temp-dir';

const tempDir = useTempDirs();
const USER = '11111111-1111-4111-8111-111111111111';

function setup() {
  const db = openStore(path.join(tempDir(), 'store.db'), randomBytes(32));
  migrate(db, 'test');
  run(asWritable(db), sql`INSERT INTO users (id, username, display_name_enc, role, status, password_hash, key_version, created_at, updated_at)
    VALUES (${USER}, 'u', x'00', 'admin', 'active', 'h', 1, 'now', 'now')`);
  let t = Date.parse('2026-12-01T08:00:00Z');
  const now = () => new Date(t);
  const kek = randomBytes(32);
  const keys = createSigningKeyStore({ reader: () => asReadable(db), writer: () => asWritable(db), kek: () => Buffer.from(kek), now });
  const tokens = createTokenService({ keys, reader: () => asReadable(db), writer: () => asWritable(db), now });
  return { db, tokens, keys, advance: (min: number) => (t += min * 60_000) };
}

const codeOf = async (p: Promise<unknown>) => p.then(() => 'ok', (e: { code?: string }) => e.code ?? 'no code');

describe('session tokens', () => {
  it('verifies an access token for the window it was issued to', async () => {
    const { tokens } = setup();
    const pair = await tokens.issue(USER, 'window-1');
    await expect(tokens.verifyAccess(pair.access, 'window-1')).resolves.toMatchObject({ userId: USER });
  });

  it('refuses an access token presented by another window', async () => {
    const { tokens } = setup();
    const pair = await tokens.issue(USER, 'window-1');
    expect(await codeOf(tokens.verifyAccess(pair.access, 'window-2'))).toBe('ERR_AUTH_SESSION_EXPIRED');
  });

  it('never accepts a refresh token as an access token', async () => {
    const { tokens } = setup();
    const pair = await tokens.issue(USER, 'w');
    expect(await codeOf(tokens.verifyAccess(pair.refresh, 'w'))).toBe('ERR_AUTH_SESSION_EXPIRED');
  });

  it('refuses an access token after fifteen minutes', async () => {
    const { tokens, advance } = setup();
    const pair = await tokens.issue(USER, 'w');
    advance(15.1);
    expect(await codeOf(tokens.verifyAccess(pair.access, 'w'))).toBe('ERR_AUTH_SESSION_EXPIRED');
  });

  it('refuses a token whose signature was altered', async () => {
    const { tokens } = setup();
    const pair = await tokens.issue(USER, 'w');
    const [h, p, s] = pair.access.split('.');
    const forged = `${h}.${p}.${s!.slice(0, -2)}${s!.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(await codeOf(tokens.verifyAccess(forged, 'w'))).toBe('ERR_AUTH_SESSION_EXPIRED');
  });

  it('rotates the refresh token and refuses the old one', async () => {
    const { tokens } = setup();
    const first = await tokens.issue(USER, 'w');
    const second = await tokens.rotate(first.refresh, 'w');
    await expect(tokens.verifyAccess(second.access, 'w')).resolves.toBeTruthy();
    expect(await codeOf(tokens.rotate(first.refresh, 'w'))).toBe('ERR_AUTH_SESSION_EXPIRED');
  });

  it('revokes the whole family when an old refresh token is reused', async () => {
    const { tokens } = setup();
    const first = await tokens.issue(USER, 'w');
    const second = await tokens.rotate(first.refresh, 'w');
    await codeOf(tokens.rotate(first.refresh, 'w'));
    expect(await codeOf(tokens.rotate(second.refresh, 'w'))).toBe('ERR_AUTH_SESSION_EXPIRED');
  });

  it('refuses revoked tokens after sign-out', async () => {
    const { tokens } = setup();
    const pair = await tokens.issue(USER, 'w');
    await tokens.revoke(pair);
    expect(await codeOf(tokens.verifyAccess(pair.access, 'w'))).toBe('ERR_AUTH_SESSION_EXPIRED');
    expect(await codeOf(tokens.rotate(pair.refresh, 'w'))).toBe('ERR_AUTH_SESSION_EXPIRED');
  });

  it('names its signing key in the header and stores the key only wrapped', async () => {
    const { tokens, db } = setup();
    const pair = await tokens.issue(USER, 'w');
    const header = JSON.parse(Buffer.from(pair.access.split('.')[0]!, 'base64url').toString('utf8')) as { alg: string; kid: string };
    expect(header.alg).toBe('HS256');
    const row = db.prepare('SELECT kid, key_wrapped FROM signing_keys').get() as { kid: string; key_wrapped: Buffer };
    expect(row.kid).toBe(header.kid);
    expect(row.key_wrapped.length).toBe(5 + 12 + 32 + 16);
  });

  it('keeps verifying tokens of a retired key during its grace period, and not after', async () => {
    const { tokens, db, advance, keys } = setup();
    const pair = await tokens.issue(USER, 'w');
    run(asWritable(db), sql`UPDATE signing_keys SET retired_at = '2026-12-01T08:00:00.000Z', verify_until = '2026-12-01T08:10:00.000Z'`);
    keys.clear();
    await expect(tokens.verifyAccess(pair.access, 'w')).resolves.toBeTruthy();
    advance(11);
    expect(await codeOf(tokens.verifyAccess(pair.access, 'w'))).toBe('ERR_AUTH_SESSION_EXPIRED');
  });
});

// Key-encryption-key rotation: every signing key and managed key moves from KEK v1 to v2 in one
// transaction with the recorded version; nothing stays under v1; a failure part-way changes nothing.
import { describe, expect, it } from 'vitest';
import { unwrapKey } from '../../../../../src/main/core/crypto';
import { createKekRing } from '../../../../../src/main/core/rotation';
import { ADMIN, adminCore } from '../../../../support/unlocked-core';
import { useTempDirs } from '../../../../support/temp-dir';

const tempDir = useTempDirs();
const CLI = { kind: 'cli' } as const;

async function withManagedKey() {
  const ctx = await adminCore(tempDir());
  const made = (await ctx.asAdmin('keys.generate', { name: 'export-wrap', type: 'aes-256', purpose: 'encryption' })) as { ok: boolean; value: { id: string } };
  expect(made.ok).toBe(true);
  const sealed = await ctx.keys.encrypt(made.value.id, CLI, Buffer.from('roster export'));
  const db = () => ctx.core.workstation.reader();
  const signingRows = () => db().prepare('SELECT kid, key_wrapped FROM signing_keys').all() as { kid: string; key_wrapped: Buffer }[];
  const ring = createKekRing({ vault: ctx.core.workstation.vault, reader: db });
  return { ...ctx, keyId: made.value.id, sealed, signingRows, ring };
}

const opensUnder = (kek: Buffer, row: { kid: string; key_wrapped: Buffer }) => {
  try {
    unwrapKey(kek, row.key_wrapped, Buffer.from(`signing_keys|${row.kid}`));
    return true;
  } catch {
    return false;
  }
};

describe('key-encryption-key rotation', () => {
  it('moves every signing key to KEK v2 and leaves none that opens under v1', async () => {
    const ctx = await withManagedKey();
    const r = (await ctx.asAdmin('rotation.run', { type: 'key-encryption-key', reason: 'annual rotation' })) as { ok: boolean; value: { status: string } };
    expect(r).toMatchObject({ ok: true, value: { status: 'completed' } });
    expect(ctx.ring.version()).toBe(2);
    const rows = ctx.signingRows();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => opensUnder(ctx.ring.forVersion(2), row))).toBe(true);
    expect(rows.some((row) => opensUnder(ctx.ring.forVersion(1), row))).toBe(false);
    ctx.core.shutdown();
  }, 30_000);

  it('keeps managed keys usable, now wrapped under v2', async () => {
    const ctx = await withManagedKey();
    await ctx.asAdmin('rotation.run', { type: 'key-encryption-key', reason: 'annual rotation' });
    expect(ctx.keys.get(ctx.keyId).kekVersion).toBe(2);
    expect((await ctx.keys.decrypt(ctx.keyId, CLI, ctx.sealed)).toString()).toBe('roster export');
    ctx.core.shutdown();
  }, 30_000);

  it('keeps sessions working: signing in after the rotation issues tokens that verify', async () => {
    const ctx = await withManagedKey();
    await ctx.asAdmin('rotation.run', { type: 'key-encryption-key', reason: 'annual rotation' });
    ctx.core.workstation.lock();
    await ctx.core.workstation.unlock({ method: 'passphrase', passphrase: 'orbit lantern quietly marching seventy' });
    await ctx.call('w2', 'auth.login', { username: ADMIN.username, password: ADMIN.password });
    expect(await ctx.call('w2', 'rotation.status', {})).toMatchObject({ ok: true });
    ctx.core.shutdown();
  }, 30_000);

  it('rolls everything back when one key fails to rewrap, and records the rotation as failed', async () => {
    const ctx = await withManagedKey();
    // A retired signing key whose wrapped bytes were damaged: the rewrap reaches it after the good one.
    ctx.core.workstation
      .writer()
      .prepare("INSERT INTO signing_keys VALUES ('zzzz-damaged', 'HS256', ?, '2999-01-01T00:00:00.000Z', '2999-01-01T00:00:00.000Z', '2999-01-02T00:00:00.000Z')")
      .run(Buffer.alloc(65, 7));
    const before = ctx.signingRows();
    const r = (await ctx.asAdmin('rotation.run', { type: 'key-encryption-key', reason: 'annual rotation' })) as { ok: boolean; error: { code: string } };
    expect(r).toMatchObject({ ok: false, error: { code: 'ERR_CRYPTO_DECRYPT_FAILED' } });
    expect(ctx.ring.version()).toBe(1);
    expect(ctx.signingRows()).toEqual(before);
    expect(ctx.keys.get(ctx.keyId).kekVersion).toBe(1);
    expect((await ctx.keys.decrypt(ctx.keyId, CLI, ctx.sealed)).toString()).toBe('roster export');
    const history = (await ctx.asAdmin('rotation.history', {})) as { value: { status: string; errorCode: string; newFingerprint: unknown }[] };
    expect(history.value).toMatchObject([{ status: 'failed', errorCode: 'ERR_CRYPTO_DECRYPT_FAILED', newFingerprint: null }]);
    ctx.core.shutdown();
  }, 30_000);

  it('refuses a KEK version record that was edited without the master key', async () => {
    const ctx = await withManagedKey();
    await ctx.asAdmin('rotation.run', { type: 'key-encryption-key', reason: 'annual rotation' });
    const forged = JSON.stringify({ version: 1, mac: Buffer.alloc(32).toString('base64') });
    ctx.core.workstation.writer().prepare("UPDATE store_meta SET value = ? WHERE key = 'kek.version'").run(forged);
    expect(() => ctx.ring.version()).toThrow(expect.objectContaining({ code: 'ERR_CRYPTO_DECRYPT_FAILED' }));
    ctx.core.shutdown();
  }, 30_000);
});

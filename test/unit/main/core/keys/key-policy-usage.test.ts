// Access policies are checked on every use, and every use is logged with its outcome, its caller
// and its time — success, failure and refusal alike.
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../support/temp-dir';
import { ADMIN, ADMIN_ID, BACKUP_SERVICE, COORDINATOR, COORDINATOR_ID, keysFixture } from './helpers';

const tempDir = useTempDirs();
const data = Buffer.from('manifest of backup 2026-03-01');

async function signingKey(policy: Parameters<ReturnType<typeof keysFixture>['keys']['setPolicy']>[1]) {
  const f = keysFixture(tempDir());
  const k = await f.keys.generate({ name: 'backup-signing', type: 'ec-p256', purpose: 'signing', policy }, 'admin');
  return { ...f, id: k.id };
}

describe('managed key access policies', () => {
  it('a listed-users key signs for a listed user and refuses an admin who is not listed', async () => {
    const { keys, id } = await signingKey({ kind: 'users', userIds: [COORDINATOR_ID] });
    await expect(keys.sign(id, COORDINATOR, data)).resolves.toMatchObject({ alg: 'ES256' });
    await expect(keys.sign(id, ADMIN, data)).rejects.toMatchObject({ code: 'ERR_KEYS_ACCESS_DENIED' });
  });

  it('an admin-only key refuses a coordinator', async () => {
    const { keys, id } = await signingKey({ kind: 'admin-only' });
    await expect(keys.sign(id, COORDINATOR, data)).rejects.toMatchObject({ code: 'ERR_KEYS_ACCESS_DENIED' });
    await expect(keys.exportPublic(id, COORDINATOR, 'pem')).rejects.toMatchObject({ code: 'ERR_KEYS_ACCESS_DENIED' });
  });

  it('an application key signs only for the application; admins may still export its public half', async () => {
    const { keys, id } = await signingKey({ kind: 'application' });
    await expect(keys.sign(id, BACKUP_SERVICE, data)).resolves.toBeDefined();
    await expect(keys.sign(id, ADMIN, data)).rejects.toMatchObject({ code: 'ERR_KEYS_ACCESS_DENIED' });
    await expect(keys.exportPublic(id, ADMIN, 'pem')).resolves.toMatchObject({ format: 'pem' });
  });

  it('a public-read key lets anyone verify and export, but only admins sign', async () => {
    const { keys, id } = await signingKey({ kind: 'public-read' });
    const { signature } = await keys.sign(id, ADMIN, data);
    await expect(keys.verify(id, COORDINATOR, data, signature)).resolves.toBe(true);
    await expect(keys.exportPublic(id, COORDINATOR, 'jwk')).resolves.toMatchObject({ format: 'jwk' });
    await expect(keys.sign(id, COORDINATOR, data)).rejects.toMatchObject({ code: 'ERR_KEYS_ACCESS_DENIED' });
  });

  it('a changed policy applies to every version of the key at the next use', async () => {
    const f = await signingKey({ kind: 'admin-only' });
    const { current } = await f.keys.rotateKey(f.id, { actor: 'admin' });
    f.keys.setPolicy(current.id, { kind: 'application' });
    expect(f.keys.versions(f.id).map((k) => k.policy.kind)).toEqual(['application', 'application']);
    await expect(f.keys.verify(f.id, COORDINATOR, data, Buffer.alloc(64))).rejects.toMatchObject({ code: 'ERR_KEYS_ACCESS_DENIED' });
  });
});

describe('managed key usage log', () => {
  it('records a successful use with operation, outcome, caller and time, and no data', async () => {
    const { keys, id, db } = await signingKey({ kind: 'admin-only' });
    await keys.sign(id, ADMIN, data);
    expect(keys.usage(id, 10)).toEqual([
      { keyId: id, at: '2026-03-01T12:00:00.000Z', operation: 'sign', outcome: 'success', caller: ADMIN_ID, errorCode: null },
    ]);
    const stored = Buffer.from(JSON.stringify(db.prepare('SELECT * FROM key_usage').all()));
    expect(stored.includes(data)).toBe(false);
  });

  it('records a policy refusal as denied, with the code', async () => {
    const { keys, id } = await signingKey({ kind: 'admin-only' });
    await keys.sign(id, COORDINATOR, data).catch(() => undefined);
    expect(keys.usage(id, 10)[0]).toMatchObject({ operation: 'sign', outcome: 'denied', errorCode: 'ERR_KEYS_ACCESS_DENIED' });
  });

  it('records a use the key status forbids as a failure with the code', async () => {
    const { keys, id } = await signingKey({ kind: 'admin-only' });
    keys.revoke(id, 'key-compromise');
    await expect(keys.sign(id, ADMIN, data)).rejects.toMatchObject({ code: 'ERR_KEYS_NOT_USABLE' });
    expect(keys.usage(id, 10)[0]).toMatchObject({ operation: 'sign', outcome: 'failure', errorCode: 'ERR_KEYS_NOT_USABLE' });
  });

  it('records a decryption that fails authentication as a failure', async () => {
    const f = keysFixture(tempDir());
    const k = await f.keys.generate({ name: 'data', type: 'aes-256', purpose: 'data' }, 'admin');
    const sealed = await f.keys.encrypt(k.id, ADMIN, data);
    sealed[sealed.length - 1]! ^= 1;
    await expect(f.keys.decrypt(k.id, ADMIN, sealed)).rejects.toMatchObject({ code: 'ERR_CRYPTO_DECRYPT_FAILED' });
    expect(f.keys.usage(k.id, 10).map((u) => [u.operation, u.outcome, u.errorCode])).toEqual([
      ['decrypt', 'failure', 'ERR_CRYPTO_DECRYPT_FAILED'],
      ['encrypt', 'success', null],
    ]);
  });

  it('records a signature that does not verify as a failed verify', async () => {
    const { keys, id } = await signingKey({ kind: 'admin-only' });
    expect(await keys.verify(id, ADMIN, data, Buffer.alloc(64))).toBe(false);
    expect(keys.usage(id, 10)[0]).toMatchObject({ operation: 'verify', outcome: 'failure' });
  });

  it('records the application caller by component and the CLI as cli', async () => {
    const { keys, id } = await signingKey({ kind: 'application' });
    await keys.sign(id, BACKUP_SERVICE, data);
    await keys.exportPublic(id, { kind: 'cli' }, 'pem');
    expect(keys.usage(id, 10).map((u) => u.caller)).toEqual(['cli', 'app:backup']);
  });

  it('a retired key still decrypts what it encrypted but encrypts nothing new', async () => {
    const f = keysFixture(tempDir());
    const k = await f.keys.generate({ name: 'data', type: 'aes-256', purpose: 'data' }, 'admin');
    const sealed = await f.keys.encrypt(k.id, ADMIN, data, Buffer.from('row-1'));
    f.keys.setStatus(k.id, 'inactive');
    expect((await f.keys.decrypt(k.id, ADMIN, sealed, Buffer.from('row-1'))).equals(data)).toBe(true);
    await expect(f.keys.encrypt(k.id, ADMIN, data)).rejects.toMatchObject({ code: 'ERR_KEYS_NOT_USABLE' });
  });
});

// Managed keys through their lifecycle on a real encrypted store: generation, the version chain,
// revocation, retirement, expiry, deletion rules, and every move the lifecycle forbids refused.
import { describe, expect, it } from 'vitest';
import { KeyStatus, keyTransitions } from '../../../../../src/shared/domain';
import type { KeysService } from '../../../../../src/main/core/keys';
import { useTempDirs } from '../../../../support/temp-dir';
import { keysFixture } from './helpers';

const tempDir = useTempDirs();
const aes = (name = 'backup-encryption') => ({ name, type: 'aes-256' as const, purpose: 'backup' as const });

/** A fresh AES key driven into `status` the way an admin would get it there. */
async function keyIn(status: KeyStatus) {
  const f = keysFixture(tempDir());
  const k = await f.keys.generate(aes(), 'admin');
  const drive: Record<KeyStatus, () => unknown> = {
    active: () => undefined,
    rotating: () => f.keys.rotateKey(k.id, { actor: 'admin' }),
    inactive: () => f.keys.setStatus(k.id, 'inactive'),
    expired: () => f.keys.setStatus(k.id, 'expired'),
    revoked: () => f.keys.revoke(k.id, 'key-compromise'),
    'pending-deletion': async () => f.keys.deleteKey(f.keys.setStatus(k.id, 'inactive').id, { confirmName: k.name }),
    deleted: async () => {
      f.keys.setStatus(k.id, 'inactive');
      await f.keys.deleteKey(k.id, { confirmName: k.name });
      f.advanceDays(8);
      await f.keys.sweep();
    },
  };
  await drive[status]();
  expect(f.keys.get(k.id).status).toBe(status);
  return { ...f, id: k.id, name: k.name };
}

/** Every lifecycle operation, and the status it would move the key to. */
const operations: { label: string; to: KeyStatus; run: (keys: KeysService, id: string, name: string) => unknown }[] = [
  { label: 'activate', to: 'active', run: (k, id) => k.setStatus(id, 'active') },
  { label: 'retire', to: 'inactive', run: (k, id) => k.setStatus(id, 'inactive') },
  { label: 'expire', to: 'expired', run: (k, id) => k.setStatus(id, 'expired') },
  { label: 'revoke', to: 'revoked', run: (k, id) => k.revoke(id, 'superseded') },
  { label: 'rotate', to: 'rotating', run: (k, id) => k.rotateKey(id, { actor: 'admin' }) },
  { label: 'delete (forced, confirmed)', to: 'pending-deletion', run: (k, id, name) => k.deleteKey(id, { confirmName: name, force: true }) },
];

const invalid = KeyStatus.options.flatMap((from) => operations.filter((op) => !keyTransitions[from].includes(op.to)).map((op) => [from, op.label, op] as const));

describe('managed key lifecycle', () => {
  it('generates an active version 1 with no chain, wrapped under KEK version 1', async () => {
    const { keys } = keysFixture(tempDir());
    const k = await keys.generate({ ...aes(), description: 'nightly backups', rotationDays: 90 }, 'admin');
    expect(k).toMatchObject({ status: 'active', version: 1, previousId: null, nextId: null, kekVersion: 1, provider: 'software', rotationDays: 90 });
    expect(k.nextRotationAt).toBe('2026-05-30T12:00:00.000Z');
    expect(keys.list().map((x) => x.id)).toEqual([k.id]);
  });

  it('refuses a second live key with the same name', async () => {
    const { keys } = keysFixture(tempDir());
    await keys.generate(aes('shared-name'), 'admin');
    await expect(keys.generate(aes('shared-name'), 'admin')).rejects.toMatchObject({ code: 'ERR_KEYS_NAME_TAKEN' });
  });

  it('refuses a type that cannot serve the purpose (an EC key for encryption)', async () => {
    const { keys } = keysFixture(tempDir());
    await expect(keys.generate({ name: 'ec-enc', type: 'ec-p256', purpose: 'encryption' }, 'admin')).rejects.toMatchObject({ code: 'ERR_KEYS_UNSUPPORTED_OPERATION' });
  });

  it('refuses auto-rotation outside 30–365 days', async () => {
    const { keys } = keysFixture(tempDir());
    await expect(keys.generate({ ...aes(), rotationDays: 29 }, 'admin')).rejects.toThrow();
    await expect(keys.generate({ ...aes(), rotationDays: 366 }, 'admin')).rejects.toThrow();
    expect(keys.list()).toEqual([]);
  });

  it('rotation adds version 2 as the active key and chains it to version 1, now rotating', async () => {
    const { keys } = keysFixture(tempDir());
    const v1 = await keys.generate(aes(), 'admin');
    const { previous, current } = await keys.rotateKey(v1.id, { actor: 'admin' });
    expect(previous).toMatchObject({ id: v1.id, status: 'rotating', nextId: current.id });
    expect(current).toMatchObject({ name: v1.name, version: 2, status: 'active', previousId: v1.id, nextId: null });
    expect(keys.versions(current.id).map((k) => k.version)).toEqual([1, 2]);
    expect(keys.versions(v1.id).map((k) => k.id)).toEqual([v1.id, current.id]);
  });

  it('rotation with retire moves the old version straight to inactive', async () => {
    const { keys } = keysFixture(tempDir());
    const v1 = await keys.generate(aes(), 'admin');
    expect((await keys.rotateKey(v1.id, { actor: 'admin', retire: true })).previous.status).toBe('inactive');
  });

  it('an older version is never made active again once a newer one exists', async () => {
    const { keys } = keysFixture(tempDir());
    const v1 = await keys.generate(aes(), 'admin');
    await keys.rotateKey(v1.id, { actor: 'admin', retire: true });
    expect(() => keys.setStatus(v1.id, 'active')).toThrow(expect.objectContaining({ code: 'ERR_KEYS_INVALID_TRANSITION' }));
  });

  it('revocation records when and why', async () => {
    const { keys } = keysFixture(tempDir());
    const k = await keys.generate(aes(), 'admin');
    expect(keys.revoke(k.id, 'key-compromise', 'laptop stolen')).toMatchObject({ status: 'revoked', revokedAt: '2026-03-01T12:00:00.000Z', revocationReason: 'key-compromise' });
  });

  it('a key past its expiry reads as expired, and a sweep records it', async () => {
    const f = keysFixture(tempDir());
    const k = await f.keys.generate({ ...aes(), expiresAt: '2026-03-10T00:00:00Z' }, 'admin');
    f.advanceDays(10);
    expect(f.keys.get(k.id).status).toBe('expired');
    expect(f.keys.list({ status: 'expired' }).map((x) => x.id)).toEqual([k.id]);
    expect((await f.keys.sweep()).expired).toEqual([k.id]);
    expect(f.db.prepare('SELECT status FROM managed_keys WHERE id = ?').pluck().get(k.id)).toBe('expired');
  });

  it('lists the keys due for auto-rotation once their time has come', async () => {
    const f = keysFixture(tempDir());
    const k = await f.keys.generate({ ...aes(), rotationDays: 30 }, 'admin');
    await f.keys.generate(aes('never-rotated'), 'admin');
    expect(f.keys.dueForRotation()).toEqual([]);
    f.advanceDays(30);
    expect(f.keys.dueForRotation().map((x) => x.id)).toEqual([k.id]);
  });

  it.each(invalid)('a %s key refuses to %s', async (from, _label, op) => {
    const k = await keyIn(from);
    // Synchronous operations throw, asynchronous ones reject: both must refuse with the same code.
    await expect(Promise.resolve().then(() => op.run(k.keys, k.id, k.name))).rejects.toMatchObject({ code: 'ERR_KEYS_INVALID_TRANSITION' });
    expect(k.keys.get(k.id).status).toBe(from);
  });
});

describe('deleting a managed key', () => {
  it('schedules an inactive key for deletion when its name is confirmed, and destroys its material after the grace period', async () => {
    const k = await keyIn('inactive');
    expect(await k.keys.deleteKey(k.id, { confirmName: k.name })).toMatchObject({ status: 'pending-deletion', deletionDueAt: '2026-03-08T12:00:00.000Z' });
    expect((await k.keys.sweep()).deleted).toEqual([]);
    k.advanceDays(7);
    expect((await k.keys.sweep()).deleted).toEqual([k.id]);
    expect(k.keys.get(k.id)).toMatchObject({ status: 'deleted', deletedAt: '2026-03-08T12:00:00.000Z' });
    expect(k.db.prepare('SELECT material FROM managed_keys WHERE id = ?').pluck().get(k.id)).toBeNull();
    expect(k.keys.list()).toEqual([]);
    expect(k.keys.list({ includeDeleted: true }).map((x) => x.id)).toEqual([k.id]);
  });

  it('deletes at once when there is no grace period', async () => {
    const f = keysFixture(tempDir(), { deletionGraceDays: 0 });
    const k = await f.keys.generate(aes(), 'admin');
    f.keys.setStatus(k.id, 'inactive');
    expect((await f.keys.deleteKey(k.id, { confirmName: k.name })).status).toBe('deleted');
  });

  it('refuses a confirmation that is not the key name, and changes nothing', async () => {
    const k = await keyIn('inactive');
    await expect(k.keys.deleteKey(k.id, { confirmName: 'backup-encryptio' })).rejects.toMatchObject({ code: 'ERR_KEYS_CONFIRMATION_REQUIRED' });
    expect(k.keys.get(k.id).status).toBe('inactive');
  });

  it('refuses a revoked key without force', async () => {
    const k = await keyIn('revoked');
    await expect(k.keys.deleteKey(k.id, { confirmName: k.name })).rejects.toMatchObject({ code: 'ERR_KEYS_CONFIRMATION_REQUIRED' });
    expect(k.keys.get(k.id).status).toBe('revoked');
  });

  it('deletes a revoked key with force', async () => {
    const k = await keyIn('revoked');
    expect((await k.keys.deleteKey(k.id, { confirmName: k.name, force: true })).status).toBe('pending-deletion');
  });

  it('refuses an active key even with force', async () => {
    const k = await keyIn('active');
    await expect(k.keys.deleteKey(k.id, { confirmName: k.name, force: true })).rejects.toMatchObject({ code: 'ERR_KEYS_INVALID_TRANSITION' });
    expect(k.keys.get(k.id).status).toBe('active');
  });

  it('cancelling returns an inactive key to inactive', async () => {
    const k = await keyIn('pending-deletion');
    expect(k.keys.cancelDeletion(k.id).status).toBe('inactive');
  });

  it('cancelling returns a revoked key to revoked, never to a usable state', async () => {
    const k = await keyIn('revoked');
    await k.keys.deleteKey(k.id, { confirmName: k.name, force: true });
    expect(k.keys.cancelDeletion(k.id).status).toBe('revoked');
  });

  it('frees the name of a deleted key for a new one', async () => {
    const k = await keyIn('deleted');
    expect((await k.keys.generate(aes(k.name), 'admin')).version).toBe(1);
  });

  it('records the last backup that included each key', async () => {
    const f = keysFixture(tempDir());
    const a = await f.keys.generate(aes('a'), 'admin');
    const b = await f.keys.generate(aes('b'), 'admin');
    expect(f.keys.recordBackup('backup-2026-03-01')).toBe(2);
    f.advanceDays(1);
    f.keys.recordBackup('backup-2026-03-02', [b.id]);
    expect(f.keys.get(a.id)).toMatchObject({ lastBackupId: 'backup-2026-03-01', lastBackupAt: '2026-03-01T12:00:00.000Z' });
    expect(f.keys.get(b.id)).toMatchObject({ lastBackupId: 'backup-2026-03-02', lastBackupAt: '2026-03-02T12:00:00.000Z' });
  });
});


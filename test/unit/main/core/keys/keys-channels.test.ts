// The keys.* channels through the real core: what an admin screen sends and sees. Every change and
// export lands in the audit trail with its outcome; no key material ever crosses.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCore } from '../../../../support/unlocked-core';

type Ok<T> = { ok: true; value: T };
type Key = { id: string; name: string; status: string; version: number };
type Entries = { entries: { action: string; outcome: string; target: string | null; details: Record<string, unknown> | null }[] };

// One core for the file: creating the first admin costs a bcrypt hash at cost 12.
let dir: string;
let ctx: Awaited<ReturnType<typeof adminCore>>;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'resched-keys-'));
  ctx = await adminCore(dir);
}, 60_000);
afterAll(() => {
  ctx.core.shutdown();
  rmSync(dir, { recursive: true, force: true });
});

let n = 0;
/** A fresh key with a name of its own, and the trail's key.* entries about it, newest first. */
async function withKey(input: Record<string, unknown> = {}) {
  const name = `backup-signing-${++n}`;
  const r = (await ctx.asAdmin('keys.generate', { name, type: 'ec-p256', purpose: 'backup', ...input })) as Ok<Key>;
  expect(r).toMatchObject({ ok: true });
  const key = r.value;
  const audit = async () =>
    ((await ctx.asAdmin('audit.list', {})) as Ok<Entries>).value.entries.filter((e) => e.action.startsWith('key.') && (e.target === key.id || e.details?.['keyId'] === key.id));
  return { ctx, key, audit };
}

describe('keys channels', () => {
  it('generates a key, lists it and records key.create, with no material in any answer', async () => {
    const { ctx, key, audit } = await withKey({ description: 'signs backup manifests', rotationDays: 90 });
    const listed = (await ctx.asAdmin('keys.list', { purpose: 'backup' })) as Ok<Key[]>;
    expect(listed.value.map((k) => k.id)).toContain(key.id);
    expect(((await ctx.asAdmin('keys.list', { purpose: 'jwt' })) as Ok<Key[]>).value).toEqual([]);
    const got = await ctx.asAdmin('keys.get', { id: key.id });
    expect(got).toMatchObject({ ok: true, value: { key: { id: key.id }, versions: [{ id: key.id }], usage: [] } });
    expect(JSON.stringify([key, listed, got])).not.toMatch(/material|kek"|private|"d":/i);
    expect(await audit()).toEqual([expect.objectContaining({ action: 'key.create', outcome: 'success', details: { keyId: key.id, keyType: 'ec-p256', purpose: 'backup' } })]);
  });

  it('rotates through the channel: version 2 active, version 1 rotating, key.rotate recorded', async () => {
    const { ctx, key, audit } = await withKey();
    const r = (await ctx.asAdmin('keys.rotate', { id: key.id })) as Ok<{ previous: Key; current: Key }>;
    expect(r.value).toMatchObject({ previous: { status: 'rotating' }, current: { version: 2, status: 'active' } });
    expect((await audit())[0]).toMatchObject({ action: 'key.rotate', outcome: 'success', target: key.id });
  });

  it('refuses a deletion whose confirmation does not match, and records the failed attempt', async () => {
    const { ctx, key, audit } = await withKey();
    await ctx.asAdmin('keys.setStatus', { id: key.id, status: 'inactive' });
    expect(await ctx.asAdmin('keys.delete', { id: key.id, confirmName: 'backup-signing' })).toMatchObject({ ok: false, error: { code: 'ERR_KEYS_CONFIRMATION_REQUIRED' } });
    expect((await audit())[0]).toMatchObject({ action: 'key.deletion.schedule', outcome: 'failure', details: { code: 'ERR_KEYS_CONFIRMATION_REQUIRED' } });
    expect(await ctx.asAdmin('keys.delete', { id: key.id, confirmName: key.name })).toMatchObject({ ok: true, value: { status: 'pending-deletion' } });
  });

  it('revokes with a reason code in the trail and the comment kept out of it', async () => {
    const { ctx, key, audit } = await withKey();
    expect(await ctx.asAdmin('keys.revoke', { id: key.id, reason: 'key-compromise', comment: 'Dr. Roe reported her laptop stolen' })).toMatchObject({
      ok: true,
      value: { status: 'revoked', revocationReason: 'key-compromise' },
    });
    const entries = await audit();
    expect(entries[0]).toMatchObject({ action: 'key.revoke', details: { cause: 'key-compromise' } });
    expect(JSON.stringify(entries)).not.toMatch(/Roe|laptop/);
  });

  it('exports a public key as JWK and records key.export', async () => {
    const { ctx, key, audit } = await withKey();
    expect(await ctx.asAdmin('keys.exportPublic', { id: key.id, format: 'jwk' })).toMatchObject({ ok: true, value: { format: 'jwk', jwk: { kty: 'EC', crv: 'P-256', kid: key.id } } });
    expect((await audit())[0]).toMatchObject({ action: 'key.export', outcome: 'success', details: { format: 'jwk' } });
  });

  it('refuses an export the key policy does not allow the admin, logs it as denied in the trail and the usage log', async () => {
    const { ctx, key, audit } = await withKey({ policy: { kind: 'users', userIds: ['0b7c2f6e-95a4-4e7a-9f31-6d3c1b2e8a02'] } });
    expect(await ctx.asAdmin('keys.exportPublic', { id: key.id, format: 'pem' })).toMatchObject({ ok: false, error: { code: 'ERR_KEYS_ACCESS_DENIED' } });
    expect((await audit())[0]).toMatchObject({ action: 'key.export', outcome: 'denied' });
    const got = (await ctx.asAdmin('keys.get', { id: key.id })) as Ok<{ usage: { operation: string; outcome: string }[] }>;
    expect(got.value.usage).toEqual([expect.objectContaining({ operation: 'export', outcome: 'denied' })]);
  });

  it('changes a policy and records key.policy.change with the new kind', async () => {
    const { ctx, key, audit } = await withKey();
    expect(await ctx.asAdmin('keys.setPolicy', { id: key.id, policy: { kind: 'public-read' } })).toMatchObject({ ok: true, value: { policy: { kind: 'public-read' } } });
    expect((await audit())[0]).toMatchObject({ action: 'key.policy.change', details: { policy: 'public-read' } });
  });

  it('rejects malformed input before any key work: unknown fields, a bad type, rotation under 30 days', async () => {
    const { ctx } = await withKey();
    for (const input of [
      { name: 'x', type: 'ec-p256', purpose: 'signing', material: 'AAAA' },
      { name: 'x', type: 'dsa-1024', purpose: 'signing' },
      { name: 'x', type: 'aes-256', purpose: 'data', rotationDays: 7 },
    ]) {
      expect(await ctx.asAdmin('keys.generate', input)).toMatchObject({ ok: false, error: { code: 'ERR_IPC_BAD_INPUT' } });
    }
  });
});

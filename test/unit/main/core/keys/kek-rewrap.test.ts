// Rotating the key-encryption key re-seals every managed key in one transaction: each key stays
// usable under the new KEK, the old KEK no longer opens any of them, and a failure changes nothing.
// No private or secret material is ever in the database file in clear.
import { createPrivateKey, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { open } from '../../../../../src/main/core/crypto';
import { materialAad } from '../../../../../src/main/core/keys';
import { asWritable, transaction } from '../../../../../src/main/core/store';
import { useTempDirs } from '../../../../support/temp-dir';
import { ADMIN, keysFixture } from './helpers';

const tempDir = useTempDirs();
const data = Buffer.from('roster export 2026-03');

async function threeKeys(f: ReturnType<typeof keysFixture>) {
  const aes = await f.keys.generate({ name: 'data', type: 'aes-256', purpose: 'data' }, 'admin');
  const ec = await f.keys.generate({ name: 'sig', type: 'ec-p256', purpose: 'signing' }, 'admin');
  const rsa = await f.keys.generate({ name: 'enc', type: 'rsa-2048', purpose: 'encryption' }, 'admin');
  return { aes, ec, rsa };
}

const materialOf = (f: ReturnType<typeof keysFixture>, id: string) =>
  f.db.prepare('SELECT material, version, kek_version FROM managed_keys WHERE id = ?').get(id) as { material: Buffer; version: number; kek_version: number };

describe('KEK rewrap', () => {
  it('keeps every key usable under the new KEK, and the old KEK no longer unwraps any of them', async () => {
    const f = keysFixture(tempDir());
    const { aes, ec, rsa } = await threeKeys(f);
    const sealed = await f.keys.encrypt(aes.id, ADMIN, data);
    const rsaSealed = await f.keys.encrypt(rsa.id, ADMIN, data);
    const v1 = f.kek(1);
    const v2 = f.kek(2);
    expect(f.keys.rewrapAll(v1, v2, 2)).toEqual({ rewrapped: 3, fromVersion: 1, toVersion: 2 });
    expect(f.keys.kekVersion()).toBe(2);
    expect(f.keys.list().map((k) => k.kekVersion)).toEqual([2, 2, 2]);
    expect((await f.keys.decrypt(aes.id, ADMIN, sealed)).equals(data)).toBe(true);
    expect((await f.keys.decrypt(rsa.id, ADMIN, rsaSealed)).equals(data)).toBe(true);
    const { signature } = await f.keys.sign(ec.id, ADMIN, data);
    expect(await f.keys.verify(ec.id, ADMIN, data, signature)).toBe(true);
    for (const id of [aes.id, ec.id, rsa.id]) {
      const row = materialOf(f, id);
      expect(() => open(v1, row.material, materialAad(id, row.version, 1))).toThrow(expect.objectContaining({ code: 'ERR_CRYPTO_DECRYPT_FAILED' }));
      expect(() => open(v1, row.material, materialAad(id, row.version, 2))).toThrow(expect.objectContaining({ code: 'ERR_CRYPTO_DECRYPT_FAILED' }));
    }
  }, 30_000);

  it('wraps keys generated after the rewrap under the new KEK version', async () => {
    const f = keysFixture(tempDir());
    f.keys.rewrapAll(f.kek(1), f.kek(2), 2);
    const k = await f.keys.generate({ name: 'later', type: 'aes-256', purpose: 'data' }, 'admin');
    expect(k.kekVersion).toBe(2);
    await expect(f.keys.encrypt(k.id, ADMIN, data)).resolves.toBeDefined();
  });

  it('a key whose generation was under way during the rewrap is stored under the new KEK', async () => {
    const f = keysFixture(tempDir());
    const pending = f.keys.generate({ name: 'slow', type: 'ec-p256', purpose: 'signing' }, 'admin');
    f.keys.rewrapAll(f.kek(1), f.kek(2), 2);
    const k = await pending;
    expect(k.kekVersion).toBe(2);
    expect(materialOf(f, k.id).kek_version).toBe(2);
    const { signature } = await f.keys.sign(k.id, ADMIN, data);
    expect(await f.keys.verify(k.id, ADMIN, data, signature)).toBe(true);
  });

  it('changes nothing when the given old KEK is wrong', async () => {
    const f = keysFixture(tempDir());
    const { aes } = await threeKeys(f);
    const before = materialOf(f, aes.id).material;
    expect(() => f.keys.rewrapAll(randomBytes(32), f.kek(2), 2)).toThrow(expect.objectContaining({ code: 'ERR_CRYPTO_DECRYPT_FAILED' }));
    expect(f.keys.kekVersion()).toBe(1);
    expect(materialOf(f, aes.id)).toMatchObject({ material: before, kek_version: 1 });
    await expect(f.keys.encrypt(aes.id, ADMIN, data)).resolves.toBeDefined();
  }, 30_000);

  it('inside a caller’s transaction (a whole KEK rotation), a later failure rolls the rewrap back too', async () => {
    const f = keysFixture(tempDir());
    const { aes } = await threeKeys(f);
    const before = materialOf(f, aes.id);
    expect(() =>
      transaction(asWritable(f.db), () => {
        f.keys.rewrapAll(f.kek(1), f.kek(2), 2);
        throw new Error('the signing keys refused to rewrap');
      }),
    ).toThrow('the signing keys refused');
    expect(f.keys.kekVersion()).toBe(1);
    expect(materialOf(f, aes.id)).toEqual(before);
    await expect(f.keys.encrypt(aes.id, ADMIN, data)).resolves.toBeDefined();
  }, 30_000);

  it('refuses a KEK version that does not move forward', () => {
    const f = keysFixture(tempDir());
    expect(() => f.keys.rewrapAll(f.kek(1), f.kek(1), 1)).toThrow(expect.objectContaining({ code: 'ERR_KEYS_INVALID_TRANSITION' }));
    expect(f.keys.kekVersion()).toBe(1);
  });

  it('leaves no private or secret key bytes in clear anywhere in the database files', async () => {
    const f = keysFixture(tempDir());
    const { aes, ec, rsa } = await threeKeys(f);
    const secrets: Buffer[] = [];
    for (const k of [aes, ec, rsa]) {
      const row = materialOf(f, k.id);
      const plain = open(f.kek(1), row.material, materialAad(k.id, row.version, 1));
      if (k.type === 'aes-256') secrets.push(plain);
      else {
        const jwk = createPrivateKey({ key: plain, format: 'der', type: 'pkcs8' }).export({ format: 'jwk' });
        secrets.push(plain, Buffer.from(jwk.d!, 'base64url'), ...(jwk.p ? [Buffer.from(jwk.p, 'base64url')] : []));
      }
    }
    f.db.pragma('wal_checkpoint(TRUNCATE)');
    const files = [f.file, `${f.file}-wal`].flatMap((p) => {
      try {
        return [readFileSync(p)];
      } catch {
        return [];
      }
    });
    expect(files.length).toBeGreaterThan(0);
    for (const bytes of files) for (const s of secrets) expect(bytes.includes(s)).toBe(false);
    // The store file is encrypted as a whole, so search what SQL sees as well: every column of every row.
    const cells = ['managed_keys', 'key_usage', 'store_meta'].flatMap((t) => f.db.prepare(`SELECT * FROM ${t}`).all() as Record<string, unknown>[]).flatMap((r) => Object.values(r));
    const dump = Buffer.concat(cells.map((c) => (Buffer.isBuffer(c) ? c : Buffer.from(String(c)))));
    expect(dump.length).toBeGreaterThan(1000);
    for (const s of secrets) {
      expect(dump.includes(s)).toBe(false);
      expect(dump.includes(Buffer.from(s.toString('base64url')))).toBe(false);
      expect(dump.includes(Buffer.from(s.toString('hex')))).toBe(false);
    }
  }, 30_000);
});

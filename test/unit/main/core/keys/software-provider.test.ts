// The software provider: every key type is generated, sealed under a KEK, opened again and used;
// the sealed blob is bound to its key id, version and KEK version.
import { createPrivateKey, createPublicKey, randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { KeyType } from '../../../../../src/shared/domain';
import { open } from '../../../../../src/main/core/crypto';
import { createSoftwareProvider, type Kek, materialAad, type StoredKey } from '../../../../../src/main/core/keys';

const provider = createSoftwareProvider();
const kekV1: Kek = { version: 1, key: randomBytes(32) };
const kekV2: Kek = { version: 2, key: randomBytes(32) };

async function made(type: KeyType, kek = kekV1): Promise<StoredKey> {
  const id = randomUUID();
  const g = await provider.generate({ id, version: 1, type }, kek);
  return { id, version: 1, type, material: g.material, publicKey: g.publicKey };
}

const data = Buffer.from('block 7 schedule, published 2026-03-01');

describe('software provider', () => {
  it.each(['rsa-2048', 'rsa-4096', 'ec-p256', 'ec-p384'] as const)('%s signs and verifies, and rejects a signature over other data', async (type) => {
    const key = await made(type);
    const { signature } = await provider.sign(key, kekV1, data);
    expect(await provider.verify(key, kekV1, data, signature)).toBe(true);
    expect(await provider.verify(key, kekV1, Buffer.from('block 8'), signature)).toBe(false);
  }, 30_000);

  it('an AES-256 key encrypts and decrypts with associated data, and refuses other associated data', async () => {
    const key = await made('aes-256');
    const sealed = await provider.encrypt(key, kekV1, data, Buffer.from('backup|1'));
    expect((await provider.decrypt(key, kekV1, sealed, Buffer.from('backup|1'))).equals(data)).toBe(true);
    await expect(provider.decrypt(key, kekV1, sealed, Buffer.from('backup|2'))).rejects.toMatchObject({ code: 'ERR_CRYPTO_DECRYPT_FAILED' });
  });

  it('an AES-256 key signs as an HS256 secret', async () => {
    const key = await made('aes-256');
    const { alg, signature } = await provider.sign(key, kekV1, data);
    expect(alg).toBe('HS256');
    expect(await provider.verify(key, kekV1, data, signature)).toBe(true);
    expect(await provider.verify(key, kekV1, data, Buffer.alloc(32))).toBe(false);
  });

  it.each(['rsa-2048', 'rsa-4096'] as const)('%s encrypts with RSA-OAEP and decrypts, the label binding the associated data', async (type) => {
    const key = await made(type);
    const sealed = await provider.encrypt(key, kekV1, data, Buffer.from('label'));
    expect((await provider.decrypt(key, kekV1, sealed, Buffer.from('label'))).equals(data)).toBe(true);
    await expect(provider.decrypt(key, kekV1, sealed, Buffer.from('other'))).rejects.toMatchObject({ code: 'ERR_CRYPTO_DECRYPT_FAILED' });
  }, 30_000);

  it('an EC key refuses to encrypt', async () => {
    const key = await made('ec-p256');
    await expect(provider.encrypt(key, kekV1, data, Buffer.alloc(0))).rejects.toMatchObject({ code: 'ERR_CRYPTO_BAD_INPUT' });
  });

  it('stores the private key only sealed: opened with the KEK and its AAD it is the key, whose secret is absent from the stored bytes', async () => {
    const key = await made('ec-p256');
    const pkcs8 = open(kekV1.key, key.material, materialAad(key.id, key.version, kekV1.version));
    const privateKey = createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' });
    expect(createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).equals(key.publicKey!)).toBe(true);
    const scalar = Buffer.from(privateKey.export({ format: 'jwk' }).d!, 'base64url');
    expect(key.material.includes(scalar)).toBe(false);
    expect(key.material.includes(pkcs8)).toBe(false);
  });

  it('material copied onto another key id or version does not open', async () => {
    const key = await made('aes-256');
    await expect(provider.sign({ ...key, id: randomUUID(), type: 'aes-256' }, kekV1, data)).rejects.toMatchObject({ code: 'ERR_CRYPTO_DECRYPT_FAILED' });
    await expect(provider.sign({ ...key, version: 2 }, kekV1, data)).rejects.toMatchObject({ code: 'ERR_CRYPTO_DECRYPT_FAILED' });
  });

  it('does not open under the same KEK bytes presented as another KEK version', async () => {
    const key = await made('aes-256');
    await expect(provider.sign(key, { version: 2, key: kekV1.key }, data)).rejects.toMatchObject({ code: 'ERR_CRYPTO_DECRYPT_FAILED' });
  });

  it('rewraps material to a new KEK: the new one opens it, the old one no longer does, the key is the same', async () => {
    const key = await made('ec-p384');
    const { signature } = await provider.sign(key, kekV1, data);
    const moved = { ...key, material: provider.rewrap(key, kekV1, kekV2) };
    expect(await provider.verify(moved, kekV2, data, signature)).toBe(true);
    expect((await provider.sign(moved, kekV2, data)).signature).toHaveLength(96);
    await expect(provider.sign(moved, kekV1, data)).rejects.toMatchObject({ code: 'ERR_CRYPTO_DECRYPT_FAILED' });
  });

  it('generates RSA-4096 off the event loop: timers keep firing while the pair is made', async () => {
    // Counting turns, not timing them: a synchronous generation would let no timer fire at all,
    // and wall-clock bounds would be flaky on a shared two-core machine.
    let turns = 0;
    const timer = setInterval(() => (turns += 1), 1);
    await made('rsa-4096');
    clearInterval(timer);
    expect(turns).toBeGreaterThan(5);
  }, 30_000);
});

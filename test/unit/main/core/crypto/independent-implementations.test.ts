// Cross-checks against independent pure-JS implementations (@noble/ciphers, @noble/hashes) on
// random inputs: the published vectors pin a few points, these cover lengths the vectors miss.
import { gcm } from '@noble/ciphers/aes.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { pbkdf2 } from '@noble/hashes/pbkdf2.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { aesGcmDecrypt, aesGcmEncrypt, hkdfSha256, hmacSha256, pbkdf2Sha256 } from '../../../../../src/main/core/crypto';
import { toHex } from './helpers';

const rand = (n: number): Uint8Array => new Uint8Array(randomBytes(n));
// Lengths around the AES block (16) and SHA-256 block (64) boundaries, plus larger ones.
const LENGTHS = [0, 1, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 255, 256, 257, 1000, 4096];
const pick = (i: number, salt: number): number => LENGTHS[(i * 7 + salt) % LENGTHS.length] ?? 0;

const gcmCases = Array.from({ length: 50 }, (_, i) => {
  const pt = rand(pick(i, 0));
  const aad = rand(pick(i, 3));
  return { title: `#${i}: pt ${pt.length} bytes, aad ${aad.length} bytes`, key: rand(32), nonce: rand(12), aad, pt };
});

describe('aesGcmEncrypt agrees with @noble/ciphers gcm', () => {
  it.each(gcmCases)('$title: identical ct||tag', ({ key, nonce, aad, pt }) => {
    const { ciphertext, tag } = aesGcmEncrypt(key, nonce, pt, aad);
    const theirs = gcm(key, nonce, aad).encrypt(pt);
    const inputs = `key=${toHex(key)} nonce=${toHex(nonce)} aad=${toHex(aad)} pt=${toHex(pt)}`;
    expect(toHex(Buffer.concat([ciphertext, tag])), inputs).toBe(toHex(theirs));
  });

  it.each(gcmCases.slice(0, 10))('$title: aesGcmDecrypt opens what noble sealed', ({ key, nonce, aad, pt }) => {
    const sealed = gcm(key, nonce, aad).encrypt(pt);
    const ct = sealed.subarray(0, sealed.length - 16);
    const tag = sealed.subarray(sealed.length - 16);
    expect(toHex(aesGcmDecrypt(key, nonce, ct, tag, aad))).toBe(toHex(pt));
  });
});

const kdfCases = Array.from({ length: 20 }, (_, i) => ({
  i,
  ikm: rand(pick(i, 1) || 1),
  salt: rand(pick(i, 5)),
  info: rand(pick(i, 9) % 300),
  length: [1, 16, 32, 33, 42, 64, 82, 100, 255 * 32][i % 9] ?? 32,
}));

describe('hkdfSha256 agrees with @noble/hashes hkdf', () => {
  it.each(kdfCases)(
    '#$i: ikm $ikm.length, salt $salt.length, info $info.length bytes, L=$length',
    ({ ikm, salt, info, length }) => {
      expect(toHex(hkdfSha256(ikm, salt, info, length))).toBe(toHex(hkdf(sha256, ikm, salt, info, length)));
    },
  );
});

const pbkdf2Cases = Array.from({ length: 8 }, (_, i) => ({
  i,
  password: rand(pick(i, 2)),
  salt: rand([0, 8, 16, 32][i % 4] ?? 16),
  iterations: [1, 2, 1000, 1000][i % 4] ?? 1000,
  length: [1, 32, 33, 64, 65, 100][i % 6] ?? 32,
}));

describe('pbkdf2Sha256 agrees with @noble/hashes pbkdf2', () => {
  it.each(pbkdf2Cases)(
    '#$i: password $password.length, salt $salt.length bytes, c=$iterations, dkLen=$length',
    async ({ password, salt, iterations, length }) => {
      const ours = await pbkdf2Sha256(password, salt, iterations, length);
      expect(toHex(ours)).toBe(toHex(pbkdf2(sha256, password, salt, { c: iterations, dkLen: length })));
    },
  );
});

const hmacCases = [0, 1, 20, 31, 32, 63, 64, 65, 131, 200].map((keyLength, i) => ({
  i,
  key: rand(keyLength),
  message: rand(pick(i, 4)),
}));

describe('hmacSha256 agrees with @noble/hashes hmac', () => {
  it.each(hmacCases)('#$i: key $key.length bytes, message $message.length bytes', ({ key, message }) => {
    expect(toHex(hmacSha256(key, message))).toBe(toHex(hmac(sha256, key, message)));
  });
});

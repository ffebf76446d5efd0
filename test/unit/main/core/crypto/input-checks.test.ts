import { describe, expect, it } from 'vitest';
import {
  aesGcmDecrypt,
  aesGcmEncrypt,
  constantTimeEqual,
  CryptoInputError,
  deriveKey,
  hkdfSha256,
  hmacSha256,
  open,
  pbkdf2Sha256,
  seal,
  unwrapKey,
  wrapKey,
} from '../../../../../src/main/core/crypto';
import { caught } from './helpers';

// STYLE.md item 9: every crypto input is checked on entry for type and exact length, and a bad one
// raises CryptoInputError whose message names the offending input.
const k32 = new Uint8Array(32);
const n12 = new Uint8Array(12);
const t16 = new Uint8Array(16);
const bytes = new Uint8Array(4);
const str = 'not bytes' as unknown as Uint8Array;
const arrayOfNumbers = [1, 2, 3] as unknown as Uint8Array;
const arrayBuffer = new ArrayBuffer(32) as unknown as Uint8Array;
const uint16 = new Uint16Array(16) as unknown as Uint8Array;

const cases: [string, string, () => unknown][] = [
  ['aesGcmEncrypt, 31-byte key', 'aes-gcm key', () => aesGcmEncrypt(new Uint8Array(31), n12, bytes)],
  ['aesGcmEncrypt, 33-byte key', 'aes-gcm key', () => aesGcmEncrypt(new Uint8Array(33), n12, bytes)],
  ['aesGcmEncrypt, 16-byte (AES-128) key', 'aes-gcm key', () => aesGcmEncrypt(new Uint8Array(16), n12, bytes)],
  ['aesGcmEncrypt, string key', 'aes-gcm key', () => aesGcmEncrypt(str, n12, bytes)],
  ['aesGcmEncrypt, ArrayBuffer key', 'aes-gcm key', () => aesGcmEncrypt(arrayBuffer, n12, bytes)],
  ['aesGcmEncrypt, Uint16Array key', 'aes-gcm key', () => aesGcmEncrypt(uint16, n12, bytes)],
  ['aesGcmEncrypt, 8-byte nonce', 'aes-gcm nonce', () => aesGcmEncrypt(k32, new Uint8Array(8), bytes)],
  ['aesGcmEncrypt, 16-byte nonce', 'aes-gcm nonce', () => aesGcmEncrypt(k32, new Uint8Array(16), bytes)],
  ['aesGcmEncrypt, number[] nonce', 'aes-gcm nonce', () => aesGcmEncrypt(k32, arrayOfNumbers, bytes)],
  ['aesGcmEncrypt, string plaintext', 'aes-gcm plaintext', () => aesGcmEncrypt(k32, n12, str)],
  ['aesGcmEncrypt, string aad', 'aes-gcm aad', () => aesGcmEncrypt(k32, n12, bytes, str)],
  ['aesGcmDecrypt, 31-byte key', 'aes-gcm key', () => aesGcmDecrypt(new Uint8Array(31), n12, bytes, t16)],
  ['aesGcmDecrypt, 8-byte nonce', 'aes-gcm nonce', () => aesGcmDecrypt(k32, new Uint8Array(8), bytes, t16)],
  ['aesGcmDecrypt, string ciphertext', 'aes-gcm ciphertext', () => aesGcmDecrypt(k32, n12, str, t16)],
  ['aesGcmDecrypt, 12-byte (truncated) tag', 'aes-gcm tag', () => aesGcmDecrypt(k32, n12, bytes, new Uint8Array(12))],
  ['aesGcmDecrypt, string aad', 'aes-gcm aad', () => aesGcmDecrypt(k32, n12, bytes, t16, str)],
  ['seal, 31-byte key', 'envelope key', () => seal(new Uint8Array(31), 1, bytes, bytes)],
  ['seal, string plaintext', 'envelope plaintext', () => seal(k32, 1, str, bytes)],
  ['seal, string aad', 'envelope aad', () => seal(k32, 1, bytes, str)],
  ['seal, string key version', 'envelope key version', () => seal(k32, '1' as unknown as number, bytes, bytes)],
  ['open, 31-byte key', 'envelope key', () => open(new Uint8Array(31), new Uint8Array(40), bytes)],
  ['open, string envelope', 'envelope', () => open(k32, str, bytes)],
  ['open, string aad', 'envelope aad', () => open(k32, new Uint8Array(40), str)],
  ['wrapKey, 31-byte key', 'wrapped key', () => wrapKey(k32, new Uint8Array(31), bytes)],
  ['wrapKey, 31-byte kek', 'envelope key', () => wrapKey(new Uint8Array(31), k32, bytes)],
  ['unwrapKey, string kek', 'envelope key', () => unwrapKey(str, new Uint8Array(65), bytes)],
  ['hkdfSha256, string ikm', 'hkdf ikm', () => hkdfSha256(str, bytes, bytes, 32)],
  ['hkdfSha256, string salt', 'hkdf salt', () => hkdfSha256(bytes, str, bytes, 32)],
  ['hkdfSha256, string info', 'hkdf info', () => hkdfSha256(bytes, bytes, str, 32)],
  ['hkdfSha256, length 0', 'hkdf length', () => hkdfSha256(bytes, bytes, bytes, 0)],
  ['hkdfSha256, length 255*32+1', 'hkdf length', () => hkdfSha256(bytes, bytes, bytes, 255 * 32 + 1)],
  ['hkdfSha256, fractional length', 'hkdf length', () => hkdfSha256(bytes, bytes, bytes, 31.5)],
  ['deriveKey, string ikm', 'hkdf ikm', () => deriveKey(str, bytes, 'databaseKey')],
  ['hmacSha256, string key', 'hmac key', () => hmacSha256(str, bytes)],
  ['hmacSha256, string message', 'hmac message', () => hmacSha256(bytes, str)],
  ['pbkdf2Sha256, string password', 'pbkdf2 password', () => pbkdf2Sha256(str, bytes, 1, 32)],
  ['pbkdf2Sha256, string salt', 'pbkdf2 salt', () => pbkdf2Sha256(bytes, str, 1, 32)],
  ['pbkdf2Sha256, 0 iterations', 'pbkdf2 iterations', () => pbkdf2Sha256(bytes, bytes, 0, 32)],
  ['pbkdf2Sha256, NaN iterations', 'pbkdf2 iterations', () => pbkdf2Sha256(bytes, bytes, Number.NaN, 32)],
  ['pbkdf2Sha256, length 0', 'pbkdf2 length', () => pbkdf2Sha256(bytes, bytes, 1, 0)],
  ['constantTimeEqual, string a', 'constant-time a', () => constantTimeEqual(str, bytes)],
];

describe('crypto input checks', () => {
  it.each(cases)('%s: throws CryptoInputError naming "%s"', async (_name, label, call) => {
    const e = await caught(call);
    expect(e).toBeInstanceOf(CryptoInputError);
    expect(e).toMatchObject({ code: 'ERR_CRYPTO_BAD_INPUT' });
    expect((e as Error).message).toContain(label);
  });
});

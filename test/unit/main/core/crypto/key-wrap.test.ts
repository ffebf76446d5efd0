import { describe, expect, it } from 'vitest';
import { CryptoInputError, DecryptionFailedError, unwrapKey, wrapKey } from '../../../../../src/main/core/crypto';
import { caught, hex, toHex, utf8 } from './helpers';

const kek = hex('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f');
const otherKek = hex('1f1e1d1c1b1a191817161514131211100f0e0d0c0b0a09080706050403020100');
const mk = hex('00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff');
const aad = utf8('{"slot":"passphrase-1","v":1}');

describe('wrapKey/unwrapKey', () => {
  it('unwrapKey returns the key wrapKey was given', () => {
    expect(toHex(unwrapKey(kek, wrapKey(kek, mk, aad), aad))).toBe(toHex(mk));
  });

  it('fails with DecryptionFailedError under the wrong KEK', async () => {
    const e = await caught(() => unwrapKey(otherKek, wrapKey(kek, mk, aad), aad));
    expect(e).toBeInstanceOf(DecryptionFailedError);
    expect(e).toMatchObject({ code: 'ERR_CRYPTO_DECRYPT_FAILED' });
  });

  it('fails with DecryptionFailedError when the slot header (aad) differs', async () => {
    const e = await caught(() => unwrapKey(kek, wrapKey(kek, mk, aad), utf8('{"slot":"passphrase-2","v":1}')));
    expect(e).toBeInstanceOf(DecryptionFailedError);
  });

  it('two wraps of the same key differ', () => {
    expect(toHex(wrapKey(kek, mk, aad))).not.toBe(toHex(wrapKey(kek, mk, aad)));
  });

  it.each([0, 16, 31, 33, 64])('refuses to wrap a %i-byte key with CryptoInputError', async (n) => {
    const e = await caught(() => wrapKey(kek, new Uint8Array(n), aad));
    expect(e).toBeInstanceOf(CryptoInputError);
    expect(e).toMatchObject({ code: 'ERR_CRYPTO_BAD_INPUT' });
    expect((e as Error).message).toContain('wrapped key');
  });

  it('refuses a KEK that is not 32 bytes with CryptoInputError', async () => {
    const e = await caught(() => wrapKey(new Uint8Array(16), mk, aad));
    expect(e).toBeInstanceOf(CryptoInputError);
  });
});

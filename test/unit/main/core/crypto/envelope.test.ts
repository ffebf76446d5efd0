import { describe, expect, it } from 'vitest';
import {
  CryptoInputError,
  DecryptionFailedError,
  ENVELOPE_OVERHEAD,
  ENVELOPE_VERSION,
  envelopeKeyVersion,
  GCM_NONCE_BYTES,
  GCM_TAG_BYTES,
  open,
  seal,
} from '../../../../../src/main/core/crypto';
import { caught, flipBit, hex, toHex, utf8 } from './helpers';

const key = hex('8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071829304152637');
const otherKey = hex('00000000000000000000000000000000000000000000000000000000000000ff');
const plaintext = utf8('Dr. Jane Roe');
const aad = utf8('person|name|42|prog-1|3');
const HEADER_BYTES = 5;

async function expectDecryptFailure(fn: () => unknown): Promise<void> {
  const e = await caught(fn);
  expect(e).toBeInstanceOf(DecryptionFailedError);
  expect(e).toMatchObject({ code: 'ERR_CRYPTO_DECRYPT_FAILED' });
}

describe('envelope seal/open', () => {
  it('open returns what seal was given', () => {
    expect(toHex(open(key, seal(key, 3, plaintext, aad), aad))).toBe(toHex(plaintext));
  });

  it('round-trips an empty plaintext', () => {
    expect(open(key, seal(key, 3, new Uint8Array(0), aad), aad)).toHaveLength(0);
  });

  it('round-trips with empty associated data', () => {
    const none = new Uint8Array(0);
    expect(toHex(open(key, seal(key, 3, plaintext, none), none))).toBe(toHex(plaintext));
  });

  it('byte 0 is the format version, 1', () => {
    expect(ENVELOPE_VERSION).toBe(1);
    expect(seal(key, 3, plaintext, aad)[0]).toBe(1);
  });

  it('bytes 1-4 are the key version, big-endian', () => {
    const env = seal(key, 0x01020304, plaintext, aad);
    expect(toHex(env.subarray(1, 5))).toBe('01020304');
  });

  it('holds key versions 0 and 2^32 - 1', () => {
    expect(envelopeKeyVersion(seal(key, 0, plaintext, aad))).toBe(0);
    expect(envelopeKeyVersion(seal(key, 0xffff_ffff, plaintext, aad))).toBe(0xffff_ffff);
  });

  it('is 5 + 12 + plaintext length + 16 bytes long', () => {
    for (const n of [0, 1, 16, 100]) {
      expect(seal(key, 3, new Uint8Array(n), aad)).toHaveLength(5 + 12 + n + 16);
    }
    expect(ENVELOPE_OVERHEAD).toBe(HEADER_BYTES + GCM_NONCE_BYTES + GCM_TAG_BYTES);
  });

  it('envelopeKeyVersion reads the key version without the key', () => {
    expect(envelopeKeyVersion(seal(key, 77, plaintext, aad))).toBe(77);
  });

  it('two seals of the same plaintext differ (fresh random nonce)', () => {
    const a = seal(key, 3, plaintext, aad);
    const b = seal(key, 3, plaintext, aad);
    expect(toHex(a)).not.toBe(toHex(b));
    expect(toHex(a.subarray(HEADER_BYTES, HEADER_BYTES + GCM_NONCE_BYTES))).not.toBe(
      toHex(b.subarray(HEADER_BYTES, HEADER_BYTES + GCM_NONCE_BYTES)),
    );
  });

  it('does not contain the plaintext', () => {
    const long = utf8('Dr. Jane Roe, PGY-2, Internal Medicine');
    expect(Buffer.from(seal(key, 3, long, aad)).includes(Buffer.from(long))).toBe(false);
  });

  it('fails with DecryptionFailedError when the row id in the aad moved', async () => {
    const env = seal(key, 3, plaintext, aad);
    await expectDecryptFailure(() => open(key, env, utf8('person|name|43|prog-1|3')));
  });

  it('fails with DecryptionFailedError under a different key', async () => {
    await expectDecryptFailure(() => open(otherKey, seal(key, 3, plaintext, aad), aad));
  });

  it.each([1, 2, 3, 4])('fails with DecryptionFailedError when key-version byte %i is changed', async (i) => {
    await expectDecryptFailure(() => open(key, flipBit(seal(key, 3, plaintext, aad), i), aad));
  });

  it('fails with DecryptionFailedError when the format version byte is changed', async () => {
    await expectDecryptFailure(() => open(key, flipBit(seal(key, 3, plaintext, aad), 0, 1), aad));
  });

  it.each([
    ['nonce', HEADER_BYTES],
    ['ciphertext', HEADER_BYTES + GCM_NONCE_BYTES],
    ['tag', HEADER_BYTES + GCM_NONCE_BYTES + plaintext.length + 1],
  ] as const)('fails with DecryptionFailedError when a %s bit is flipped', async (_part, index) => {
    await expectDecryptFailure(() => open(key, flipBit(seal(key, 3, plaintext, aad), index), aad));
  });

  it.each([0, 1, 4, 5, 17, ENVELOPE_OVERHEAD - 1, ENVELOPE_OVERHEAD, ENVELOPE_OVERHEAD + plaintext.length - 1])(
    'fails with DecryptionFailedError when truncated to %i bytes',
    async (n) => {
      const env = seal(key, 3, plaintext, aad);
      await expectDecryptFailure(() => open(key, env.subarray(0, n), aad));
    },
  );

  it('fails with DecryptionFailedError when bytes are appended', async () => {
    const env = seal(key, 3, plaintext, aad);
    await expectDecryptFailure(() => open(key, Buffer.concat([env, Buffer.of(0)]), aad));
  });

  it('envelopeKeyVersion refuses a buffer shorter than the overhead with DecryptionFailedError', async () => {
    await expectDecryptFailure(() => envelopeKeyVersion(new Uint8Array(ENVELOPE_OVERHEAD - 1).fill(1)));
  });

  it('opens an envelope that sits at an offset inside a larger buffer', () => {
    const env = seal(key, 3, plaintext, aad);
    const big = new Uint8Array(env.length + 10);
    big.set(env, 7);
    expect(toHex(open(key, big.subarray(7, 7 + env.length), aad))).toBe(toHex(plaintext));
  });

  it.each([-1, 1.5, 2 ** 32, Number.NaN])('seal refuses key version %s with CryptoInputError', async (v) => {
    const e = await caught(() => seal(key, v, plaintext, aad));
    expect(e).toBeInstanceOf(CryptoInputError);
    expect(e).toMatchObject({ code: 'ERR_CRYPTO_BAD_INPUT' });
  });
});

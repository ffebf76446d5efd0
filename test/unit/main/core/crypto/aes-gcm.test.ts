import { describe, expect, it } from 'vitest';
import { aesGcmDecrypt, aesGcmEncrypt, DecryptionFailedError } from '../../../../../src/main/core/crypto';
import gcmVectors from '../../../../vectors/aes-256-gcm.json';
import { caught, flipBit, hex, toHex } from './helpers';

const vectors = gcmVectors.vectors;
type Field = 'ct' | 'tag' | 'aad' | 'iv';

function decryptWith(v: (typeof vectors)[number], changed: Partial<Record<Field, Uint8Array>>): Buffer {
  return aesGcmDecrypt(
    hex(v.key),
    changed.iv ?? hex(v.iv),
    changed.ct ?? hex(v.ct),
    changed.tag ?? hex(v.tag),
    changed.aad ?? hex(v.aad),
  );
}

describe('aesGcmEncrypt (GCM specification test cases 13-16)', () => {
  it.each(vectors)('$name: produces the published ciphertext', (v) => {
    const { ciphertext } = aesGcmEncrypt(hex(v.key), hex(v.iv), hex(v.pt), hex(v.aad));
    expect(toHex(ciphertext)).toBe(v.ct);
  });

  it.each(vectors)('$name: produces the published tag', (v) => {
    const { tag } = aesGcmEncrypt(hex(v.key), hex(v.iv), hex(v.pt), hex(v.aad));
    expect(toHex(tag)).toBe(v.tag);
  });
});

describe('aesGcmDecrypt (GCM specification test cases 13-16)', () => {
  it.each(vectors)('$name: recovers the published plaintext', (v) => {
    expect(toHex(decryptWith(v, {}))).toBe(v.pt);
  });

  const flips = vectors.flatMap((v) =>
    (['ct', 'tag', 'aad', 'iv'] as const)
      .filter((field) => v[field].length > 0)
      .map((field) => ({ name: v.name, field, v })),
  );

  it.each(flips)('$name: one flipped bit in $field fails with DecryptionFailedError', async ({ v, field }) => {
    const original = hex(v[field]);
    const e = await caught(() => decryptWith(v, { [field]: flipBit(original, original.length - 1, 7) }));
    expect(e).toBeInstanceOf(DecryptionFailedError);
    expect(e).toMatchObject({ code: 'ERR_CRYPTO_DECRYPT_FAILED' });
  });

  it('adding associated data the sender did not authenticate fails with DecryptionFailedError', async () => {
    const v = vectors.find((x) => x.aad === '');
    if (!v) throw new Error('no vector without aad');
    const e = await caught(() => decryptWith(v, { aad: new Uint8Array([0]) }));
    expect(e).toBeInstanceOf(DecryptionFailedError);
  });

  it('every failure has the same message, whichever input was altered', async () => {
    const v = vectors.find((x) => x.ct !== '' && x.aad !== '');
    if (!v) throw new Error('no vector with ct and aad');
    const messages = await Promise.all(
      (['ct', 'tag', 'aad', 'iv'] as const).map(async (field) => {
        const e = await caught(() => decryptWith(v, { [field]: flipBit(hex(v[field])) }));
        return (e as Error).message;
      }),
    );
    expect(new Set(messages).size).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import {
  CryptoInputError,
  deriveFromPassphrase,
  PBKDF2_MIN_ITERATIONS,
  PBKDF2_SALT_BYTES,
  pbkdf2Sha256,
} from '../../../../../src/main/core/crypto';
import type { Pbkdf2Params } from '../../../../../src/main/core/crypto';
import pbkdf2Vectors from '../../../../vectors/pbkdf2-sha256.json';
import { caught, toHex, utf8 } from './helpers';

const vectors = pbkdf2Vectors.vectors;
const salt16 = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
const params = (over: Partial<Pbkdf2Params> = {}): Pbkdf2Params => ({
  alg: 'pbkdf2-sha256',
  iterations: PBKDF2_MIN_ITERATIONS,
  salt: salt16.toString('base64'),
  ...over,
});

describe('pbkdf2Sha256 (RFC 7914 §11 PBKDF2-HMAC-SHA256 vectors)', () => {
  it.each(vectors)('$name: produces the published derived key', async (v) => {
    const dk = await pbkdf2Sha256(utf8(v.password), utf8(v.salt), v.c, v.dkLen);
    expect(toHex(dk)).toBe(v.dk);
  });
});

describe('deriveFromPassphrase', () => {
  it('requires at least 600,000 iterations (OWASP 2023)', () => {
    expect(PBKDF2_MIN_ITERATIONS).toBe(600_000);
  });

  it.each([1, 1000, PBKDF2_MIN_ITERATIONS - 1])('refuses %i iterations with CryptoInputError', async (iterations) => {
    const e = await caught(() => deriveFromPassphrase('correct horse battery staple', params({ iterations })));
    expect(e).toBeInstanceOf(CryptoInputError);
    expect(e).toMatchObject({ code: 'ERR_CRYPTO_BAD_INPUT' });
    expect((e as Error).message).toContain('iterations');
  });

  it.each([0, 8, PBKDF2_SALT_BYTES - 1, PBKDF2_SALT_BYTES + 1, 32])(
    'refuses a %i-byte salt with CryptoInputError',
    async (n) => {
      const e = await caught(() =>
        deriveFromPassphrase('correct horse battery staple', params({ salt: Buffer.alloc(n, 7).toString('base64') })),
      );
      expect(e).toBeInstanceOf(CryptoInputError);
      expect(e).toMatchObject({ code: 'ERR_CRYPTO_BAD_INPUT' });
      expect((e as Error).message).toContain('salt');
    },
  );

  it('refuses an unknown algorithm with CryptoInputError', async () => {
    const e = await caught(() =>
      deriveFromPassphrase('pw', { ...params(), alg: 'scrypt' } as unknown as Pbkdf2Params),
    );
    expect(e).toBeInstanceOf(CryptoInputError);
  });

  // One run at the minimum cost: the passphrase is NFKC-normalised UTF-8, the output 32 bytes.
  it('is PBKDF2-SHA256 over the NFKC-normalised UTF-8 passphrase, 32 bytes', async () => {
    const typed = 'ｃｏｒｒｅｃｔ\u00a0horse ﬁle'; // fullwidth letters, no-break space, fi ligature
    const normalised = 'correct horse file';
    expect(typed.normalize('NFKC')).toBe(normalised);
    const [got, want] = await Promise.all([
      deriveFromPassphrase(typed, params()),
      pbkdf2Sha256(utf8(normalised), salt16, PBKDF2_MIN_ITERATIONS, 32),
    ]);
    expect(toHex(got)).toBe(toHex(want));
  });
});

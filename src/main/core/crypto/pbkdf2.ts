// Owns PBKDF2-HMAC-SHA256 for human secrets only (RFC 8018 §5.2). It runs on libuv's thread pool,
// never on the main event loop; its parameters travel with every use so they can be raised later.
import { pbkdf2 } from 'node:crypto';
import { CryptoInputError } from './errors';
import { assertBytes } from './internal/bytes';

/** OWASP Password Storage Cheat Sheet (2023) for PBKDF2-HMAC-SHA256. */
export const PBKDF2_MIN_ITERATIONS = 600_000;
export const PBKDF2_SALT_BYTES = 16;
/** Refuse absurd counts from a stored file: an edited slot must not be able to hang unlock. */
export const PBKDF2_MAX_ITERATIONS = 10_000_000;

export interface Pbkdf2Params {
  readonly alg: 'pbkdf2-sha256';
  readonly iterations: number;
  /** base64 */
  readonly salt: string;
}

/** Raw primitive, any iteration count (the RFC 7914 §11 vectors use 1 and 80,000). */
export async function pbkdf2Sha256(password: Uint8Array, salt: Uint8Array, iterations: number, length: number): Promise<Buffer> {
  assertBytes(password, 'pbkdf2 password');
  assertBytes(salt, 'pbkdf2 salt');
  if (!Number.isInteger(iterations) || iterations < 1) throw new CryptoInputError('pbkdf2 iterations');
  if (!Number.isInteger(length) || length < 1 || length > 1024) throw new CryptoInputError('pbkdf2 length');
  return await new Promise((resolve, reject) => {
    pbkdf2(password, salt, iterations, length, 'sha256', (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/**
 * Derives a 32-byte wrapping key from a passphrase under stored parameters; refuses weak ones.
 * The passphrase is NFKC-normalised so the same words typed on another keyboard layout still match.
 * @example const kek = await deriveFromPassphrase('correct horse battery staple', params);
 */
export async function deriveFromPassphrase(passphrase: string, params: Pbkdf2Params): Promise<Buffer> {
  if (params.alg !== 'pbkdf2-sha256') throw new CryptoInputError('pbkdf2 params: unknown alg');
  if (params.iterations < PBKDF2_MIN_ITERATIONS) throw new CryptoInputError('pbkdf2 params: too few iterations');
  if (params.iterations > PBKDF2_MAX_ITERATIONS) throw new CryptoInputError('pbkdf2 params: too many iterations');
  if (!/^[A-Za-z0-9+/]{22}==$/.test(params.salt)) throw new CryptoInputError('pbkdf2 params: salt must be 16 bytes of base64');
  const salt = Buffer.from(params.salt, 'base64');
  if (salt.length !== PBKDF2_SALT_BYTES) throw new CryptoInputError('pbkdf2 params: salt must be 16 bytes');
  const pw = Buffer.from(passphrase.normalize('NFKC'), 'utf8');
  try {
    return await pbkdf2Sha256(pw, salt, params.iterations, 32);
  } finally {
    pw.fill(0);
  }
}

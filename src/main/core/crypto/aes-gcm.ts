// Owns raw AES-256-GCM (NIST SP 800-38D) over node:crypto: 256-bit key, 96-bit nonce, 128-bit tag.
// Callers normally use the envelope (envelope.ts); this is the primitive the vectors test.
import { createCipheriv, createDecipheriv } from 'node:crypto';
import { DecryptionFailedError } from './errors';
import { assertBytes, toBuffer } from './internal/bytes';

export const AES_KEY_BYTES = 32;
export const GCM_NONCE_BYTES = 12;
export const GCM_TAG_BYTES = 16;

const EMPTY = new Uint8Array(0);

/**
 * @example
 * const { ciphertext, tag } = aesGcmEncrypt(key, nonce, utf8('hello'), utf8('table|col'));
 */
export function aesGcmEncrypt(
  key: Uint8Array,
  nonce: Uint8Array,
  plaintext: Uint8Array,
  aad: Uint8Array = EMPTY,
): { ciphertext: Buffer; tag: Buffer } {
  assertBytes(key, 'aes-gcm key', AES_KEY_BYTES);
  assertBytes(nonce, 'aes-gcm nonce', GCM_NONCE_BYTES);
  assertBytes(plaintext, 'aes-gcm plaintext');
  assertBytes(aad, 'aes-gcm aad');
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: GCM_TAG_BYTES });
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { ciphertext, tag: cipher.getAuthTag() };
}

/** Throws DecryptionFailedError on any mismatch; never returns unauthenticated plaintext. */
export function aesGcmDecrypt(
  key: Uint8Array,
  nonce: Uint8Array,
  ciphertext: Uint8Array,
  tag: Uint8Array,
  aad: Uint8Array = EMPTY,
): Buffer {
  assertBytes(key, 'aes-gcm key', AES_KEY_BYTES);
  assertBytes(nonce, 'aes-gcm nonce', GCM_NONCE_BYTES);
  assertBytes(ciphertext, 'aes-gcm ciphertext');
  assertBytes(tag, 'aes-gcm tag', GCM_TAG_BYTES);
  assertBytes(aad, 'aes-gcm aad');
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: GCM_TAG_BYTES });
  decipher.setAAD(aad);
  decipher.setAuthTag(toBuffer(tag));
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch (cause) {
    throw new DecryptionFailedError({ cause });
  }
}

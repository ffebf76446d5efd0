// Owns the versioned AEAD envelope of DESIGN.md §4:
//   version (1 byte) | key version (4 bytes, big-endian) | nonce (12) | ciphertext | tag (16)
// The 5-byte header is authenticated as the first bytes of the associated data (header || aad), so
// neither the format version nor the key version can be altered without failing authentication.
// Written straight onto node:crypto (not via aes-gcm.ts) so a small field costs one allocation:
// per-value overhead is what the field-encryption hot path pays thousands of times.
import { createCipheriv, createDecipheriv, randomFillSync } from 'node:crypto';
import { AES_KEY_BYTES, GCM_NONCE_BYTES, GCM_TAG_BYTES } from './aes-gcm';
import { CryptoInputError, DecryptionFailedError } from './errors';
import { assertBytes } from './internal/bytes';

export const ENVELOPE_VERSION = 1;
const HEADER_BYTES = 5;
const NONCE_END = HEADER_BYTES + GCM_NONCE_BYTES;
export const ENVELOPE_OVERHEAD = NONCE_END + GCM_TAG_BYTES;

/**
 * Encrypts with a fresh random 96-bit nonce (safe for < 2^32 messages per key, SP 800-38D §8.3).
 * @example
 * const env = seal(dataKey, 3, utf8('Dr. Jane Roe'), utf8('person|name|42|prog-1|3'));
 */
export function seal(key: Uint8Array, keyVersion: number, plaintext: Uint8Array, aad: Uint8Array): Buffer {
  assertBytes(key, 'envelope key', AES_KEY_BYTES);
  assertBytes(plaintext, 'envelope plaintext');
  assertBytes(aad, 'envelope aad');
  if (!Number.isInteger(keyVersion) || keyVersion < 0 || keyVersion > 0xffff_ffff) {
    throw new CryptoInputError('envelope key version: expected uint32');
  }
  const out = Buffer.allocUnsafe(ENVELOPE_OVERHEAD + plaintext.length);
  out.writeUInt8(ENVELOPE_VERSION, 0);
  out.writeUInt32BE(keyVersion, 1);
  randomFillSync(out, HEADER_BYTES, GCM_NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, out.subarray(HEADER_BYTES, NONCE_END), { authTagLength: GCM_TAG_BYTES });
  // Two AAD updates equal one over header || aad: GCM's GHASH is a stream over the AAD bytes.
  cipher.setAAD(out.subarray(0, HEADER_BYTES));
  cipher.setAAD(aad);
  let at = NONCE_END + cipher.update(plaintext).copy(out, NONCE_END);
  at += cipher.final().copy(out, at);
  cipher.getAuthTag().copy(out, at);
  return out;
}

/** Reads the key version without decrypting, so callers can pick the right key from a keyring. */
export function envelopeKeyVersion(envelope: Uint8Array): number {
  assertBytes(envelope, 'envelope');
  if (envelope.length < ENVELOPE_OVERHEAD || envelope[0] !== ENVELOPE_VERSION) throw new DecryptionFailedError();
  return ((envelope[1]! << 24) >>> 0) + (envelope[2]! << 16) + (envelope[3]! << 8) + envelope[4]!;
}

/** @example const name = open(dataKey, env, utf8('person|name|42|prog-1|3')).toString('utf8'); */
export function open(key: Uint8Array, envelope: Uint8Array, aad: Uint8Array): Buffer {
  assertBytes(key, 'envelope key', AES_KEY_BYTES);
  assertBytes(aad, 'envelope aad');
  envelopeKeyVersion(envelope);
  const tagAt = envelope.length - GCM_TAG_BYTES;
  const decipher = createDecipheriv('aes-256-gcm', key, envelope.subarray(HEADER_BYTES, NONCE_END), { authTagLength: GCM_TAG_BYTES });
  decipher.setAAD(envelope.subarray(0, HEADER_BYTES));
  decipher.setAAD(aad);
  decipher.setAuthTag(envelope.subarray(tagAt));
  try {
    const head = decipher.update(envelope.subarray(NONCE_END, tagAt));
    const tail = decipher.final();
    return tail.length === 0 ? head : Buffer.concat([head, tail]);
  } catch (cause) {
    throw new DecryptionFailedError({ cause });
  }
}

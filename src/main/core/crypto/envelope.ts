// Owns the versioned AEAD envelope of DESIGN.md §4:
//   version (1 byte) | key version (4 bytes, big-endian) | nonce (12) | ciphertext | tag (16)
// The 5-byte header is prepended to the caller's associated data, so neither the format version
// nor the key version can be altered without failing authentication.
import { randomBytes } from 'node:crypto';
import { AES_KEY_BYTES, aesGcmDecrypt, aesGcmEncrypt, GCM_NONCE_BYTES, GCM_TAG_BYTES } from './aes-gcm';
import { CryptoInputError, DecryptionFailedError } from './errors';
import { assertBytes } from './internal/bytes';

export const ENVELOPE_VERSION = 1;
const HEADER_BYTES = 5;
export const ENVELOPE_OVERHEAD = HEADER_BYTES + GCM_NONCE_BYTES + GCM_TAG_BYTES;

function header(keyVersion: number): Buffer {
  if (!Number.isInteger(keyVersion) || keyVersion < 0 || keyVersion > 0xffff_ffff) {
    throw new CryptoInputError('envelope key version: expected uint32');
  }
  const h = Buffer.alloc(HEADER_BYTES);
  h.writeUInt8(ENVELOPE_VERSION, 0);
  h.writeUInt32BE(keyVersion, 1);
  return h;
}

/**
 * Encrypts with a fresh random 96-bit nonce (safe for < 2^32 messages per key, SP 800-38D §8.3).
 * @example
 * const env = seal(dataKey, 3, utf8('Dr. Jane Roe'), utf8('person|name|42|prog-1|3'));
 */
export function seal(key: Uint8Array, keyVersion: number, plaintext: Uint8Array, aad: Uint8Array): Buffer {
  assertBytes(key, 'envelope key', AES_KEY_BYTES);
  assertBytes(aad, 'envelope aad');
  const h = header(keyVersion);
  const nonce = randomBytes(GCM_NONCE_BYTES);
  const { ciphertext, tag } = aesGcmEncrypt(key, nonce, plaintext, Buffer.concat([h, aad]));
  return Buffer.concat([h, nonce, ciphertext, tag]);
}

/** Reads the key version without decrypting, so callers can pick the right key from a keyring. */
export function envelopeKeyVersion(envelope: Uint8Array): number {
  assertBytes(envelope, 'envelope');
  if (envelope.length < ENVELOPE_OVERHEAD || envelope[0] !== ENVELOPE_VERSION) throw new DecryptionFailedError();
  return Buffer.from(envelope.buffer, envelope.byteOffset, envelope.byteLength).readUInt32BE(1);
}

/** @example const name = open(dataKey, env, utf8('person|name|42|prog-1|3')).toString('utf8'); */
export function open(key: Uint8Array, envelope: Uint8Array, aad: Uint8Array): Buffer {
  assertBytes(key, 'envelope key', AES_KEY_BYTES);
  assertBytes(aad, 'envelope aad');
  envelopeKeyVersion(envelope);
  const e = Buffer.from(envelope.buffer, envelope.byteOffset, envelope.byteLength);
  const h = e.subarray(0, HEADER_BYTES);
  const nonce = e.subarray(HEADER_BYTES, HEADER_BYTES + GCM_NONCE_BYTES);
  const ciphertext = e.subarray(HEADER_BYTES + GCM_NONCE_BYTES, e.length - GCM_TAG_BYTES);
  const tag = e.subarray(e.length - GCM_TAG_BYTES);
  return aesGcmDecrypt(key, nonce, ciphertext, tag, Buffer.concat([h, aad]));
}

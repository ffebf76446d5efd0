// Owns the STREAM construction (Hoang, Reyhanitabar, Rogaway, Vizár: "Online Authenticated-
// Encryption and its Nonce-Reuse Misuse-Resistance", CRYPTO 2015, §7) over AES-256-GCM: a payload
// is cut into chunks; chunk i is sealed under nonce = prefix(7) ‖ i (u32 big-endian) ‖ last(1), with
// the file header's SHA-256 as associated data. Reordering, dropping or appending chunks, or cutting
// the stream at a chunk boundary, changes some nonce and fails authentication.
import { createCipheriv, createDecipheriv } from 'node:crypto';
import { BackupChunkError } from './errors';

export const STREAM_PREFIX_BYTES = 7;
export const STREAM_TAG_BYTES = 16;
/** A counter of 32 bits: 2^32 chunks of 64 KiB is 256 TiB, far beyond any store. */
export const STREAM_MAX_CHUNKS = 0xffff_ffff;

/** The 12-byte GCM nonce of chunk `index`; `last` marks the final chunk (STREAM §7). */
export function chunkNonce(prefix: Uint8Array, index: number, last: boolean): Buffer {
  if (prefix.length !== STREAM_PREFIX_BYTES) throw new RangeError('stream nonce prefix: expected 7 bytes');
  if (!Number.isInteger(index) || index < 0 || index > STREAM_MAX_CHUNKS) throw new RangeError('stream chunk index out of range');
  const nonce = Buffer.alloc(12);
  nonce.set(prefix, 0);
  nonce.writeUInt32BE(index, 7);
  nonce[11] = last ? 1 : 0;
  return nonce;
}

/**
 * Seals one chunk: ciphertext ‖ 16-byte tag.
 * @example const sealed = sealChunk(key, prefix, 0, true, headerHash, plaintext);
 */
export function sealChunk(key: Uint8Array, prefix: Uint8Array, index: number, last: boolean, aad: Uint8Array, plaintext: Uint8Array): Buffer {
  if (key.length !== 32) throw new RangeError('stream key: expected 32 bytes');
  const cipher = createCipheriv('aes-256-gcm', key, chunkNonce(prefix, index, last));
  cipher.setAAD(aad);
  const body = cipher.update(plaintext);
  cipher.final();
  return Buffer.concat([body, cipher.getAuthTag()]);
}

/** Opens one sealed chunk or throws BackupChunkError naming it; never returns unauthenticated bytes. */
export function openChunk(key: Uint8Array, prefix: Uint8Array, index: number, last: boolean, aad: Uint8Array, sealed: Uint8Array): Buffer {
  if (key.length !== 32) throw new RangeError('stream key: expected 32 bytes');
  if (sealed.length < STREAM_TAG_BYTES) throw new BackupChunkError(index, 'shorter than its tag');
  const decipher = createDecipheriv('aes-256-gcm', key, chunkNonce(prefix, index, last));
  decipher.setAAD(aad);
  decipher.setAuthTag(sealed.subarray(sealed.length - STREAM_TAG_BYTES));
  const body = decipher.update(sealed.subarray(0, sealed.length - STREAM_TAG_BYTES));
  try {
    decipher.final();
  } catch {
    body.fill(0);
    throw new BackupChunkError(index, 'failed authentication');
  }
  return body;
}

/** Whether `sealed` authenticates as chunk `index` (used to tell a moved chunk from a damaged one). */
export function chunkAuthenticatesAt(key: Uint8Array, prefix: Uint8Array, index: number, last: boolean, aad: Uint8Array, sealed: Uint8Array): boolean {
  try {
    openChunk(key, prefix, index, last, aad, sealed).fill(0);
    return true;
  } catch {
    return false;
  }
}

// Owns wrapping small key material (a 32-byte key under a 32-byte key-encryption key).
//
// Why AES-256-GCM from node:crypto and not AES-KW (RFC 3394) or @noble/ciphers' AES-GCM-SIV:
// - we need associated data (a slot's header binds the wrapped key to that slot); AES-KW has none;
// - every wrapping key here wraps a handful of keys in its life (a slot's key wraps one MK, then a
//   new one after a master-key rotation), so a random 96-bit nonce never comes near the 2^32 bound
//   where GCM-SIV's nonce-misuse resistance would matter;
// - the same vetted primitive and envelope as field encryption: one implementation, one set of
//   known-answer vectors, hardware AES.
import { AES_KEY_BYTES } from './aes-gcm';
import { open, seal } from './envelope';
import { DecryptionFailedError } from './errors';
import { assertBytes } from './internal/bytes';

/** @example const wrapped = wrapKey(kek, mk, utf8(slotHeaderJson)); */
export function wrapKey(kek: Uint8Array, key: Uint8Array, aad: Uint8Array): Buffer {
  assertBytes(key, 'wrapped key', AES_KEY_BYTES);
  return seal(kek, 0, key, aad);
}

/** Throws DecryptionFailedError if the KEK is wrong or the wrapped blob or its AAD was altered. */
export function unwrapKey(kek: Uint8Array, wrapped: Uint8Array, aad: Uint8Array): Buffer {
  const key = open(kek, wrapped, aad);
  if (key.length !== AES_KEY_BYTES) {
    // Authentic but not a key: report it like any other failed unwrap, and scrub it.
    key.fill(0);
    throw new DecryptionFailedError();
  }
  return key;
}

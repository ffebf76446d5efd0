// Owns the interface between managed keys and whatever holds their material. The software provider
// (node:crypto) keeps material in the store, sealed under a key-encryption key; a PKCS#11/HSM
// provider would keep it on the token and store only an object reference in `material`, ignoring
// the KEK (its rewrap returns the reference unchanged). Every use is async so a token round trip
// fits; rewrap is synchronous because it runs inside one store transaction.
import type { KeyType } from '../../../shared/domain';

/** A key-encryption key and the version it was derived for; the caller owns and zeroes `key`. */
export interface Kek {
  readonly version: number;
  readonly key: Uint8Array;
}

/** What the provider gets back for one key version: the stored reference and the public half. */
export interface StoredKey {
  readonly id: string;
  readonly version: number;
  readonly type: KeyType;
  /** The provider's own bytes: sealed material (software) or an object reference (token). */
  readonly material: Buffer;
  /** SPKI DER of an asymmetric key; null for a secret key. */
  readonly publicKey: Buffer | null;
}

export interface GeneratedKey {
  readonly material: Buffer;
  readonly publicKey: Buffer | null;
}

/** The JOSE name of the signature a key makes, so its output verifies with jose unchanged. */
export type SignatureAlgorithm = 'RS256' | 'ES256' | 'ES384' | 'HS256';

export interface KeyProvider {
  /** Persisted with each key: which provider to ask for it again. */
  readonly name: string;
  generate(key: { id: string; version: number; type: KeyType }, kek: Kek): Promise<GeneratedKey>;
  /** AES-256-GCM envelope for a secret key, RSA-OAEP-SHA256 (aad as the OAEP label) for RSA. */
  encrypt(key: StoredKey, kek: Kek, plaintext: Uint8Array, aad: Uint8Array): Promise<Buffer>;
  decrypt(key: StoredKey, kek: Kek, ciphertext: Uint8Array, aad: Uint8Array): Promise<Buffer>;
  sign(key: StoredKey, kek: Kek, data: Uint8Array): Promise<{ alg: SignatureAlgorithm; signature: Buffer }>;
  verify(key: StoredKey, kek: Kek, data: Uint8Array, signature: Uint8Array): Promise<boolean>;
  /** Re-seals material from one KEK to the next; throws (and changes nothing) if `from` does not open it. */
  rewrap(key: StoredKey, from: Kek, to: Kek): Buffer;
  /** Forgets the material for good (a token deletes its object; software has nothing beyond the row). */
  destroy(key: StoredKey): Promise<void>;
}

// Crypto primitives, small and explicit: every input checked, every failure one error.
export { AES_KEY_BYTES, aesGcmDecrypt, aesGcmEncrypt, GCM_NONCE_BYTES, GCM_TAG_BYTES } from './aes-gcm';
export { constantTimeEqual } from './constant-time';
export { ENVELOPE_OVERHEAD, ENVELOPE_VERSION, envelopeKeyVersion, open, seal } from './envelope';
export { CryptoInputError, DecryptionFailedError } from './errors';
export { deriveKey, hkdfPurposes, hkdfSha256 } from './hkdf';
export type { HkdfPurpose } from './hkdf';
export { hmacSha256 } from './hmac';
export { zeroize } from './internal/bytes';
export { unwrapKey, wrapKey } from './key-wrap';
export { deriveFromPassphrase, PBKDF2_MAX_ITERATIONS, PBKDF2_MIN_ITERATIONS, PBKDF2_SALT_BYTES, pbkdf2Sha256 } from './pbkdf2';
export type { Pbkdf2Params } from './pbkdf2';

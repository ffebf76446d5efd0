// Field-level encryption of personal data: per-program keys, envelopes bound to their cell, blind
// indexes, and the cache of decrypted values.
export { blindIndex } from './blind-index';
export type { BlindIndexKind } from './blind-index';
export { createDecryptedCache } from './decrypted-cache';
export type { DecryptedCache } from './decrypted-cache';
export { createFieldCipher } from './field-cipher';
export type { FieldCipher, FieldRef } from './field-cipher';
export { createProgramKeyring } from './program-keys';
export type { ProgramKeyring } from './program-keys';

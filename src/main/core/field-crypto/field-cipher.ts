// Owns field-level encryption of personal data (DESIGN.md §4): the crypto envelope under the
// program's data key, with associated data `table|column|row id|program id|key version`, so a
// ciphertext copied to another row, column or program fails to decrypt.
import { envelopeKeyVersion, open, seal } from '../crypto';
import type { DecryptedCache } from './decrypted-cache';
import type { ProgramKeyring } from './program-keys';

export interface FieldRef {
  table: string;
  column: string;
  rowId: string;
  programId: string;
}

const aadOf = (ref: FieldRef, version: number) => `${ref.table}|${ref.column}|${ref.rowId}|${ref.programId}|${version}`;

export interface FieldCipher {
  seal(ref: FieldRef, version: number, value: string): Buffer;
  open(ref: FieldRef, envelope: Uint8Array): string;
  openOptional(ref: FieldRef, envelope: Uint8Array | null): string | undefined;
  /** The key version an envelope was sealed with (for resumable re-encryption). */
  versionOf(envelope: Uint8Array): number;
}

export function createFieldCipher(keys: ProgramKeyring, cache: DecryptedCache): FieldCipher {
  const openField = (ref: FieldRef, envelope: Uint8Array): string => {
    const version = envelopeKeyVersion(envelope);
    const aad = aadOf(ref, version);
    // The nonce (bytes 5..17) is unique per seal: with the AAD it names this exact ciphertext.
    const cacheKey = aad + Buffer.from(envelope.buffer, envelope.byteOffset, envelope.byteLength).toString('latin1', 5, 17);
    const hit = cache.get(cacheKey);
    if (hit !== undefined) return hit;
    const value = open(keys.dataKey(ref.programId, version), envelope, Buffer.from(aad, 'utf8')).toString('utf8');
    cache.set(cacheKey, value);
    return value;
  };
  return {
    seal: (ref, version, value) => seal(keys.dataKey(ref.programId, version), version, Buffer.from(value, 'utf8'), Buffer.from(aadOf(ref, version), 'utf8')),
    open: openField,
    openOptional: (ref, envelope) => (envelope ? openField(ref, envelope) : undefined),
    versionOf: envelopeKeyVersion,
  };
}

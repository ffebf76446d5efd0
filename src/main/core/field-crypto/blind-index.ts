// Owns HMAC blind indexes: exact-match search over encrypted fields without decrypting them. The
// value is normalised per kind (an e-mail matches whatever its case), prefixed with its kind so
// two kinds never collide, and MACed with the program's blind-index key.
import { hmacSha256 } from '../crypto';
import type { ProgramKeyring } from './program-keys';

export type BlindIndexKind = 'email' | 'licence';

const normalise: Record<BlindIndexKind, (v: string) => string> = {
  email: (v) => v.normalize('NFKC').trim().toLowerCase(),
  licence: (v) => v.normalize('NFKC').toUpperCase().replace(/[\s-]/g, ''),
};

export function blindIndex(keys: ProgramKeyring, programId: string, version: number, kind: BlindIndexKind, value: string): Buffer {
  return hmacSha256(keys.blindIndexKey(programId, version), Buffer.from(`${kind}|${normalise[kind](value)}`, 'utf8'));
}

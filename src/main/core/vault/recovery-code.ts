// Owns the recovery code: 160 random bits written in Crockford base32 (no I, L, O, U), in eight
// groups of four so it can be typed back from paper. Reading is forgiving (case, spaces, dashes,
// O→0, I/L→1); anything else is refused.
import { randomBytes } from 'node:crypto';

export const RECOVERY_CODE_BYTES = 20;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHARS = (RECOVERY_CODE_BYTES * 8) / 5;

export function encodeRecoveryCode(bytes: Uint8Array): string {
  if (bytes.length !== RECOVERY_CODE_BYTES) throw new RangeError('recovery code: expected 20 bytes');
  let bits = 0;
  let acc = 0;
  let out = '';
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(acc >> bits) & 31];
    }
    acc &= (1 << bits) - 1;
  }
  return out.match(/.{4}/g)!.join('-');
}

/** The 20 bytes a typed code stands for, or null when it is not a well-formed code. */
export function decodeRecoveryCode(typed: string): Buffer | null {
  const s = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (s.length !== CHARS) return null;
  const out = Buffer.alloc(RECOVERY_CODE_BYTES);
  let bits = 0;
  let acc = 0;
  let i = 0;
  for (const ch of s) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return null;
    acc = (acc << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[i++] = (acc >> bits) & 0xff;
      acc &= (1 << bits) - 1;
    }
  }
  return out;
}

export function newRecoveryCode(): { code: string; bytes: Buffer } {
  const bytes = randomBytes(RECOVERY_CODE_BYTES);
  return { code: encodeRecoveryCode(bytes), bytes };
}

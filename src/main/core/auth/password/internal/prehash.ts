// Owns what bcrypt actually sees of a password: base64(HMAC-SHA256(K, UTF-8(NFKC(password)))).
//
// Why pre-hash at all: bcrypt reads at most 72 bytes of its input and ignores the rest. NIST SP
// 800-63B rev. 4 §3.1.1.2 wants at least 64 characters accepted (we accept 1,024), and 64
// characters of UTF-8 can take up to 256 bytes: without a pre-hash, two long passwords sharing
// their first 72 bytes would be the same password. Condensing first makes every byte count.
// Why base64: C implementations of bcrypt read their input as a NUL-terminated string, and a raw
// 32-byte digest holds a NUL in about 12 % of cases (1 − (255/256)^32), cutting the input short
// there; base64 has no NUL (so our hashes stay portable) and its 44 bytes fit in bcrypt's 72.
// Why HMAC with an app-specific key rather than a bare SHA-256: a plain unsalted SHA-256 of the
// password may already sit in some other breached database, and an attacker could then feed those
// digests straight to our bcrypt hashes ("password shucking"), skipping the password guesses. The
// key K is public — it is domain separation, not a pepper: the store these hashes live in is
// already encrypted under the vault key, so a secret pepper would add nothing here.
// Why always, not only for long passwords: one input domain, one code path, the same work and
// timing whatever the length.
// NFKC (§3.1.1.2: normalise before hashing) so that a full-width "ｐａｓｓ" and an ASCII "pass"
// typed on another keyboard layout are the same password; checkPassword counts the same way.
// Changing K or this construction invalidates every stored hash: a new scheme needs a new marker.
import { hmacSha256 } from '../../../crypto';

const PREHASH_KEY = new TextEncoder().encode('residency-scheduler/password-prehash/v1');

/** @example prehashPassword('correct horse battery staple') // → 44 base64 characters */
export function prehashPassword(password: string): string {
  if (typeof password !== 'string') throw new TypeError('password: expected a string');
  const utf8 = Buffer.from(password.normalize('NFKC'), 'utf8');
  const mac = hmacSha256(PREHASH_KEY, utf8);
  try {
    return mac.toString('base64');
  } finally {
    utf8.fill(0);
    mac.fill(0);
  }
}

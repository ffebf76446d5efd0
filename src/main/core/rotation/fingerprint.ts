// Owns how a key is named in rotation history without being revealed: SHA-256 over a label, the
// secret type and the key's bytes (its material, or its id where the id is what names it), cut to
// 128 bits. A preimage of a 256-bit random key is out of reach; the label keeps these digests
// from matching any other hash of the same bytes.
import { createHash } from 'node:crypto';
import type { SecretType } from '../../../shared/domain';

const LABEL = 'resched/v1/key-fingerprint';

/** @example keyFingerprint('session-signing-key', Buffer.from(kid)) // 'sha256:3f1c…' (32 hex) */
export function keyFingerprint(type: SecretType, bytes: Uint8Array): string {
  const digest = createHash('sha256').update(`${LABEL}|${type}|`, 'utf8').update(bytes).digest('hex');
  return `sha256:${digest.slice(0, 32)}`;
}

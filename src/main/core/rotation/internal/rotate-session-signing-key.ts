// Owns one session-signing-key rotation: a new key signs from now on, the old one verifies for the
// policy's grace (24 h), in one store transaction (signing-keys.ts rotate()).
import type { SigningKeyStore } from '../../auth';
import { keyFingerprint } from '../fingerprint';
import { policyOf } from '../secret-types';
import type { RotatorResult } from './rotator';

export function rotateSessionSigningKey(signingKeys: SigningKeyStore): RotatorResult {
  const graceMs = policyOf('session-signing-key').graceHours * 60 * 60 * 1000;
  const r = signingKeys.rotate(graceMs);
  const fp = (kid: string) => keyFingerprint('session-signing-key', Buffer.from(kid, 'utf8'));
  return {
    oldFingerprint: r.retiredKids.length > 0 ? fp(r.retiredKids.at(-1)!) : null,
    newFingerprint: fp(r.kid),
    graceEndsAt: r.retiredKids.length > 0 ? r.graceEndsAt : null,
  };
}

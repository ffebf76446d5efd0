// Owns one key-encryption-key rotation: every signing key and managed key is re-wrapped from KEK vN
// to vN+1 and the recorded version moves to N+1, all in ONE store transaction. A failure anywhere
// (a row that does not unwrap, a managed key refusing) rolls every row and the version back.
import { rewrapSigningKeys } from '../../auth';
import { zeroize } from '../../crypto';
import { transaction, type WritableDb } from '../../store';
import { keyFingerprint } from '../fingerprint';
import type { KekRing } from '../kek-ring';
import type { ManagedKeyRewrap, RotatorResult } from './rotator';

export function rotateKek(deps: { writer: () => WritableDb; ring: KekRing; managedKeys?: ManagedKeyRewrap | undefined }): RotatorResult {
  const db = deps.writer();
  return transaction(db, () => {
    const from = deps.ring.version();
    const to = from + 1;
    const oldKek = deps.ring.forVersion(from);
    const newKek = deps.ring.forVersion(to);
    try {
      rewrapSigningKeys(db, oldKek, newKek);
      deps.managedKeys?.rewrapAll(oldKek, newKek, to);
      deps.ring.setVersion(db, to);
      return { oldFingerprint: keyFingerprint('key-encryption-key', oldKek), newFingerprint: keyFingerprint('key-encryption-key', newKek), graceEndsAt: null };
    } finally {
      zeroize(oldKek, newKek);
    }
  });
}

// Owns step one of a system-scope data-key rotation (users' display names): moving the version
// recorded in store_meta forward. From the commit on, users.service seals every new display name
// under the new version; names sealed before stay readable until reencryptScope(SYSTEM_SCOPE) has
// re-sealed them.
import { bumpSystemKeyVersion, readSystemKeyVersion, transaction, type WritableDb } from '../store';
import { ReencryptTargetError } from './errors';

export interface SystemKeyRotation {
  fromVersion: number;
  toVersion: number;
}

/**
 * @example
 * startSystemKeyRotation(workstation.writer());
 * await reencryptScope({ writer, keys }, SYSTEM_SCOPE, { signal, onProgress });
 */
export function startSystemKeyRotation(db: WritableDb): SystemKeyRotation {
  return transaction(db, () => {
    const from = readSystemKeyVersion(db);
    if (!bumpSystemKeyVersion(db, from)) throw new ReencryptTargetError('the system key version moved during the rotation');
    return { fromVersion: from, toVersion: from + 1 };
  });
}

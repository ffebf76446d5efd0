// Owns enforcing the lifecycle on a key: the transition table (shared/domain/keys.ts) and the rules
// the table alone cannot express — expiry by time, and which uses each status and kind of key allow.
import { canTransition, type KeyOperation, keyOperations, type KeyPurpose, type KeyStatus, type KeyType, usableIn } from '../../../shared/domain';
import { InvalidKeyTransitionError, KeyNotUsableError, UnsupportedKeyOperationError } from './errors';

export function assertTransition(from: KeyStatus, to: KeyStatus): void {
  if (!canTransition(from, to)) throw new InvalidKeyTransitionError(from, to);
}

const EXPIRABLE: readonly KeyStatus[] = ['active', 'rotating', 'inactive'];

/** The status a key has now: past its expiry, an active, rotating or inactive key is expired. */
export function effectiveStatus(key: { status: KeyStatus; expiresAt: string | null }, now: Date): KeyStatus {
  if (key.expiresAt && EXPIRABLE.includes(key.status) && Date.parse(key.expiresAt) <= now.getTime()) return 'expired';
  return key.status;
}

/** Refuses a use the key's type and purpose cannot make, or its status no longer allows. */
export function assertUsable(key: { type: KeyType; purpose: KeyPurpose; status: KeyStatus }, operation: KeyOperation): void {
  if (!keyOperations(key.type, key.purpose).includes(operation)) {
    throw new UnsupportedKeyOperationError(`a ${key.type} ${key.purpose} key cannot ${operation}`);
  }
  if (!usableIn[key.status].includes(operation)) throw new KeyNotUsableError(key.status, operation);
}

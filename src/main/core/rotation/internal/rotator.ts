// Owns what every rotator hands back to the service for the history row.
export interface RotatorResult {
  oldFingerprint: string | null;
  newFingerprint: string;
  graceEndsAt: string | null;
}

/**
 * The managed-key service's part of a KEK rotation (core/keys): re-wrap every managed key from one
 * KEK to the next inside the caller's transaction, recording newKekVersion on each.
 */
export interface ManagedKeyRewrap {
  rewrapAll(fromKek: Buffer, toKek: Buffer, newKekVersion: number): unknown;
}

// Managed keys: generation through a key provider, lifecycle and version chain, access policies,
// usage log, public-key export, KEK rewrap for secret rotation.
export { createKeysService, DEFAULT_DELETION_GRACE_DAYS } from './keys.service';
export type { KeysService, KeysServiceDeps } from './keys.service';
export type { GeneratedKey, Kek, KeyProvider, SignatureAlgorithm, StoredKey } from './provider';
export { createSoftwareProvider, materialAad, SOFTWARE_PROVIDER } from './software-provider';
export { callerLabel, policyAllows } from './key-policy';
export type { KeyCaller } from './key-policy';
export { assertTransition, assertUsable, effectiveStatus } from './key-lifecycle';
export {
  InvalidKeyTransitionError,
  KeyAccessDeniedError,
  KeyConfirmationRequiredError,
  KeyNameTakenError,
  KeyNotFoundError,
  KeyNotUsableError,
  UnsupportedKeyOperationError,
} from './errors';

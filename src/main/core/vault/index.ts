// Master-key custody: keyslots, keychain backends, recovery codes.
export { createVault, SLOT_FILE_NAME } from './vault';
export type { AdoptedKeys, MasterKeyRotationRequest, UnlockRequest, Vault, VaultOptions, VaultSetupRequest } from './vault';
export {
  KeychainError,
  LastSlotError,
  SlotFileTamperedError,
  SlotNotFoundError,
  UnlockFailedError,
  VaultAlreadyInitializedError,
  VaultError,
  VaultLockedError,
  VaultNotInitializedError,
  WeakPassphraseError,
} from './errors';
export { KEYCHAIN_SERVICE } from './keychain/keychain-backend';
export type { KeychainBackend } from './keychain/keychain-backend';
export { classifyKeychainFailure } from './keychain/keychain-errors';
export { createKeytarBackend } from './keychain/keytar-backend';
export { decodeRecoveryCode, encodeRecoveryCode, RECOVERY_CODE_BYTES } from './recovery-code';
export { checkPassphrase, MIN_PASSPHRASE_LENGTH } from './internal/passphrase-policy';

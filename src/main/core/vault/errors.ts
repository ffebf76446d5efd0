// Owns the vault's errors: each says which unlock path failed so the user can try another.
import { CodedError } from '../errors';

export class VaultError extends CodedError {}

export class VaultNotInitializedError extends VaultError {
  constructor() {
    super('ERR_VAULT_NOT_INITIALIZED');
  }
}
export class VaultAlreadyInitializedError extends VaultError {
  constructor() {
    super('ERR_VAULT_ALREADY_INITIALIZED');
  }
}
export class VaultLockedError extends VaultError {
  constructor() {
    super('ERR_VAULT_LOCKED');
  }
}
export class UnlockFailedError extends VaultError {
  constructor(detail = 'no slot of the requested kind opened') {
    super('ERR_VAULT_UNLOCK_FAILED', detail);
  }
}
export class SlotFileTamperedError extends VaultError {
  constructor(detail: string, options?: ErrorOptions) {
    super('ERR_VAULT_SLOT_FILE_TAMPERED', detail, options);
  }
}
export class SlotNotFoundError extends VaultError {
  constructor(detail = 'no such slot') {
    super('ERR_VAULT_SLOT_NOT_FOUND', detail);
  }
}
export class LastSlotError extends VaultError {
  constructor() {
    super('ERR_VAULT_LAST_SLOT');
  }
}
const PASSPHRASE_CODES = {
  'too-short': 'ERR_VAULT_PASSPHRASE_TOO_SHORT',
  'too-long': 'ERR_VAULT_PASSPHRASE_TOO_LONG',
  common: 'ERR_VAULT_PASSPHRASE_COMMON',
  'contains-context': 'ERR_VAULT_PASSPHRASE_CONTAINS_NAME',
} as const;

export class WeakPassphraseError extends VaultError {
  /** The policy's own sentence, safe to show: it describes the rule, never the passphrase. */
  readonly advice: string;
  constructor(reason: keyof typeof PASSPHRASE_CODES, advice: string) {
    super(PASSPHRASE_CODES[reason], advice);
    this.advice = advice;
  }
}
export class KeychainError extends VaultError {}

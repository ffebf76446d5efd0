// Owns the database rekey's errors.
import { CodedError } from '../errors';

/** The rekey stopped before the store was replaced: the store still opens with its previous key. */
export class RekeyFailedError extends CodedError {
  constructor(detail: string, options?: ErrorOptions) {
    super('ERR_REKEY_FAILED', detail, options);
  }
}

/** The store opens with none of the database keys store-key.json names. Nothing is changed or guessed. */
export class DatabaseKeyStateError extends CodedError {
  constructor(detail: string, options?: ErrorOptions) {
    super('ERR_STORE_KEY_MISMATCH', detail, options);
  }
}

/**
 * store-key.json exists but is not a valid record (or names a pending rekey of a store that is not
 * there). Nothing is changed or guessed: a wrong guess could mean opening nothing at all.
 */
export class StoreKeyStateInvalidError extends CodedError {
  constructor(detail: string, options?: ErrorOptions) {
    super('ERR_STORE_KEY_STATE_INVALID', detail, options);
  }
}

/** Cancelled before the store was replaced: it still opens with its previous key. */
export class RekeyCancelledError extends CodedError {
  constructor() {
    super('ERR_CANCELLED', 'rekey cancelled before the store was replaced');
  }
}

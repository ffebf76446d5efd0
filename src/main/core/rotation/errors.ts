// Owns the rotation service's errors: a rotation already running, one that failed and was undone,
// a request that does not fit its secret type, a master-key rotation missing a slot's secret, and a KEK version record that fails its MAC.
import { CodedError } from '../errors';

export class RotationError extends CodedError {}

export class RotationInProgressError extends RotationError {
  constructor(detail = 'a rotation is already running') {
    super('ERR_ROTATION_IN_PROGRESS', detail);
  }
}

/** The rotation stopped and what it had changed was undone (or, for re-encryption, can be resumed). */
export class RotationFailedError extends RotationError {
  constructor(detail: string, options?: ErrorOptions) {
    super('ERR_ROTATION_FAILED', detail, options);
  }
}

/** The request does not fit the secret type (a program id where none belongs, or one missing). */
export class RotationRequestError extends RotationError {
  constructor(detail: string) {
    super('ERR_IPC_BAD_INPUT', detail);
  }
}

/** A master-key rotation without the secret of a passphrase or recovery slot it has to rewrap. */
export class RotationSecretRequiredError extends RotationError {
  constructor(slotKind: 'passphrase' | 'recovery') {
    super('ERR_ROTATION_SECRET_REQUIRED', `master-key rotation needs the secret of the ${slotKind} slot`);
  }
}

/** store_meta's KEK version record was altered: no key is unwrapped under a version we cannot trust. */
export class KekVersionTamperedError extends RotationError {
  constructor() {
    super('ERR_CRYPTO_DECRYPT_FAILED', 'the key-encryption-key version record fails its MAC');
  }
}

export class RotationCancelledError extends RotationError {
  constructor() {
    super('ERR_CANCELLED', 'the rotation was cancelled');
  }
}

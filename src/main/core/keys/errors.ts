// Owns the keys capability's errors: one class per ERR_KEYS_* code, each with a fixed code. The
// detail is for main's log only; callers see the code's generic message.
import { CodedError } from '../errors';

export class KeyNotFoundError extends CodedError {
  constructor() {
    super('ERR_KEYS_NOT_FOUND');
  }
}

export class KeyNameTakenError extends CodedError {
  constructor() {
    super('ERR_KEYS_NAME_TAKEN');
  }
}

export class InvalidKeyTransitionError extends CodedError {
  constructor(from: string, to: string) {
    super('ERR_KEYS_INVALID_TRANSITION', `a ${from} key cannot become ${to}`);
  }
}

export class KeyAccessDeniedError extends CodedError {
  constructor(operation: string) {
    super('ERR_KEYS_ACCESS_DENIED', `the key's policy refuses ${operation} to this caller`);
  }
}

export class KeyNotUsableError extends CodedError {
  constructor(status: string, operation: string) {
    super('ERR_KEYS_NOT_USABLE', `a ${status} key cannot ${operation}`);
  }
}

export class UnsupportedKeyOperationError extends CodedError {
  constructor(detail: string) {
    super('ERR_KEYS_UNSUPPORTED_OPERATION', detail);
  }
}

export class KeyConfirmationRequiredError extends CodedError {
  constructor(detail: string) {
    super('ERR_KEYS_CONFIRMATION_REQUIRED', detail);
  }
}

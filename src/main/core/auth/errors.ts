// Owns the auth capability's errors. Unknown user and wrong password are one error with one
// message, so the answer never tells which usernames exist.
import { CodedError } from '../errors';

export class InvalidCredentialsError extends CodedError {
  constructor(detail = 'invalid credentials') {
    super('ERR_AUTH_INVALID_CREDENTIALS', detail);
  }
}
export class LockedOutError extends CodedError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super('ERR_AUTH_LOCKED_OUT', `locked out for ${retryAfterSeconds} s`);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
export class SessionExpiredError extends CodedError {
  constructor(detail = 'session expired') {
    super('ERR_AUTH_SESSION_EXPIRED', detail);
  }
}

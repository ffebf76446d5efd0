// Owns the users capability's errors.
import type { ErrorCode } from '../../../shared/contract';
import { CodedError } from '../errors';

export class UserNotFoundError extends CodedError {
  constructor() {
    super('ERR_USER_NOT_FOUND');
  }
}
export class UsernameTakenError extends CodedError {
  constructor() {
    super('ERR_USERNAME_TAKEN');
  }
}
export class UsersAlreadyExistError extends CodedError {
  constructor() {
    super('ERR_USERS_ALREADY_EXIST');
  }
}
export class LastAdminError extends CodedError {
  constructor() {
    super('ERR_USER_LAST_ADMIN');
  }
}
export class WeakPasswordError extends CodedError {
  /** The policy's sentence: it describes the rule, never the password. */
  readonly advice: string;
  constructor(code: ErrorCode, advice: string) {
    super(code, advice);
    this.advice = advice;
  }
}

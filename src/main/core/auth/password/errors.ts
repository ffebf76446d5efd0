// Owns the password errors: a refused new password carries one of the ERR_PASSWORD_* codes.
import { CodedError } from '../../errors';
import type { PasswordRejectionCode } from './password-policy';

export class WeakPasswordError extends CodedError {
  /** checkPassword's sentence, safe to show: it describes the rule, never the password. */
  readonly advice: string;
  constructor(code: PasswordRejectionCode, advice: string) {
    super(code, advice);
    this.advice = advice;
  }
}

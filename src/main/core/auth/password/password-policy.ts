// Owns the account password policy (NIST SP 800-63B rev. 4 §3.1.1.2, passwords as a single
// factor): 15 to 1,024 characters (code points after NFKC, the form that is hashed), no
// composition rules, not on the common-password blocklist (nor one character or one listed
// password repeated), not the user name or the app's name. The blocklist and context checks are
// the vault passphrase policy's, reused so both secrets follow one rule set.
import type { ErrorCode } from '../../../../shared/contract';
import { checkPassphrase } from '../../vault';

export const MIN_PASSWORD_LENGTH = 15;
export const MAX_PASSWORD_LENGTH = 1024;

export type PasswordRejectionCode = Extract<
  ErrorCode,
  'ERR_PASSWORD_TOO_SHORT' | 'ERR_PASSWORD_TOO_LONG' | 'ERR_PASSWORD_COMMON' | 'ERR_PASSWORD_CONTAINS_NAME'
>;
/** When refused: the code, and a sentence for the user that describes the rule, never the password. */
export type PasswordVerdict = { ok: true } | { ok: false; code: PasswordRejectionCode; message: string };

export interface PasswordContext {
  /** The account's user name: the password may not be it, nor (from four characters on) contain it. */
  username: string;
}

const CODES = {
  'too-short': 'ERR_PASSWORD_TOO_SHORT',
  'too-long': 'ERR_PASSWORD_TOO_LONG',
  common: 'ERR_PASSWORD_COMMON',
  'contains-context': 'ERR_PASSWORD_CONTAINS_NAME',
} as const satisfies Record<string, PasswordRejectionCode>;

/** The vault policy's sentences speak of a passphrase; here the secret is a password. */
const asPasswordAdvice = (message: string) => message.replace(/passphrase/g, 'password').replace(/Passphrase/g, 'Password');

/**
 * Whether `password` may be set for the account `context.username`.
 * @example const v = checkPassword(input, { username: 'jdoe' }); if (!v.ok) showAdvice(v.code, v.message);
 */
export function checkPassword(password: string, context: PasswordContext): PasswordVerdict {
  if (typeof password !== 'string') throw new TypeError('password: expected a string');
  const length = [...password.normalize('NFKC')].length;
  if (length < MIN_PASSWORD_LENGTH) {
    return { ok: false, code: 'ERR_PASSWORD_TOO_SHORT', message: `Use at least ${MIN_PASSWORD_LENGTH} characters — this one has ${length}.` };
  }
  if (length > MAX_PASSWORD_LENGTH) {
    return { ok: false, code: 'ERR_PASSWORD_TOO_LONG', message: `Use at most ${MAX_PASSWORD_LENGTH} characters — this one has ${length}.` };
  }
  const verdict = checkPassphrase(password, { username: context.username });
  if (verdict.ok) return { ok: true };
  return { ok: false, code: CODES[verdict.reason], message: asPasswordAdvice(verdict.message) };
}

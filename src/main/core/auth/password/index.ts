// Account passwords: bcrypt in worker threads, and the NIST SP 800-63B rev. 4 password policy.
export {
  createPasswordHasher,
  DEFAULT_BCRYPT_COST,
  MAX_BCRYPT_COST,
  MIN_BCRYPT_COST,
} from './password-hasher';
export type { PasswordHasher, PasswordHasherOptions } from './password-hasher';
export { checkPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-policy';
export type { PasswordContext, PasswordRejectionCode, PasswordVerdict } from './password-policy';

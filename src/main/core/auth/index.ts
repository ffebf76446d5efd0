// Sessions, sign-in, tokens and passwords.
export { createAuthService, DEFAULT_IDLE_MINUTES } from './auth.service';
export type { Actor, AuthEvent, AuthService } from './auth.service';
export { InvalidCredentialsError, LockedOutError, SessionExpiredError } from './errors';
export { createSigningKeyStore, rewrapSigningKeys } from './internal/signing-keys';
export type { SigningKeyRotation, SigningKeyStore } from './internal/signing-keys';
export { DEFAULT_LOCKOUT, lockoutRemaining } from './lockout';
export type { LockoutPolicy } from './lockout';
export { checkPassword, createPasswordHasher, DEFAULT_BCRYPT_COST, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password';
export type { PasswordHasher } from './password';
export { ACCESS_TTL_SECONDS, createTokenService, REFRESH_TTL_SECONDS } from './tokens';
export type { TokenPair, TokenService } from './tokens';

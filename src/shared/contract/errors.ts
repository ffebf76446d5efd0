// Owns the closed set of error codes that may cross the IPC boundary, and the generic message
// shown for each. Details never cross: they go to main's sanitized log.
import { z } from 'zod';

export const errorCodes = [
  'ERR_IPC_UNKNOWN_CHANNEL',
  'ERR_IPC_BAD_INPUT',
  'ERR_IPC_PAYLOAD_TOO_LARGE',
  'ERR_IPC_FORBIDDEN_SENDER',
  'ERR_IPC_BAD_OUTPUT',
  'ERR_AUTH_REQUIRED',
  'ERR_AUTH_INVALID_CREDENTIALS',
  'ERR_AUTH_LOCKED_OUT',
  'ERR_AUTH_ACCOUNT_DISABLED',
  'ERR_AUTH_SESSION_EXPIRED',
  'ERR_AUTH_SESSION_LOCKED',
  'ERR_AUTH_PASSWORD_CHANGE_REQUIRED',
  'ERR_PASSWORD_TOO_SHORT',
  'ERR_PASSWORD_TOO_LONG',
  'ERR_PASSWORD_COMMON',
  'ERR_PASSWORD_CONTAINS_NAME',
  'ERR_USERS_ALREADY_EXIST',
  'ERR_USER_NOT_FOUND',
  'ERR_USERNAME_TAKEN',
  'ERR_USER_LAST_ADMIN',
  'ERR_PERMISSION_DENIED',
  'ERR_CANCELLED',
  'ERR_INTERNAL',
  'ERR_VAULT_NOT_INITIALIZED',
  'ERR_VAULT_ALREADY_INITIALIZED',
  'ERR_VAULT_LOCKED',
  'ERR_VAULT_UNLOCK_FAILED',
  'ERR_VAULT_SLOT_FILE_TAMPERED',
  'ERR_VAULT_SLOT_NOT_FOUND',
  'ERR_VAULT_LAST_SLOT',
  'ERR_VAULT_PASSPHRASE_TOO_SHORT',
  'ERR_VAULT_PASSPHRASE_TOO_LONG',
  'ERR_VAULT_PASSPHRASE_COMMON',
  'ERR_VAULT_PASSPHRASE_CONTAINS_NAME',
  'ERR_VAULT_NO_METHOD',
  'ERR_VAULT_SLOT_FILE_MISSING',
  'ERR_KEYCHAIN_UNAVAILABLE',
  'ERR_KEYCHAIN_LOCKED',
  'ERR_KEYCHAIN_ENTRY_MISSING',
  'ERR_STORE_KEY_MISMATCH',
  'ERR_STORE_NEWER_SCHEMA',
  'ERR_STORE_CORRUPT',
  'ERR_DATA_DIR_BUSY',
  'ERR_PROGRAM_NOT_FOUND',
  'ERR_PROGRAM_CODE_TAKEN',
  'ERR_PERSON_NOT_FOUND',
  'ERR_PERSON_EMAIL_TAKEN',
  'ERR_CRYPTO_DECRYPT_FAILED',
  'ERR_CRYPTO_BAD_INPUT',
  'ERR_AUDIT_INVALID_ENTRY',
  'ERR_AUDIT_INVALID_FILTER',
  'ERR_AUDIT_CHAIN_BROKEN',
] as const;

export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** What the renderer shows. Specific enough to act on, never carrying internal detail. */
export const errorMessages: Record<ErrorCode, string> = {
  ERR_IPC_UNKNOWN_CHANNEL: 'This request is not recognised by the application.',
  ERR_IPC_BAD_INPUT: 'The request was malformed and was not carried out.',
  ERR_IPC_PAYLOAD_TOO_LARGE: 'The request was too large and was not carried out.',
  ERR_IPC_FORBIDDEN_SENDER: 'The request came from an untrusted page and was refused.',
  ERR_IPC_BAD_OUTPUT: 'The application produced an unexpected answer; nothing was shown.',
  ERR_AUTH_REQUIRED: 'Sign in to do this.',
  ERR_AUTH_INVALID_CREDENTIALS: 'Invalid credentials.',
  ERR_AUTH_LOCKED_OUT: 'Too many failed sign-in attempts. Wait a few minutes and try again, or ask an administrator.',
  ERR_AUTH_ACCOUNT_DISABLED: 'This account is disabled. Ask an administrator.',
  ERR_AUTH_SESSION_EXPIRED: 'Your session has ended. Sign in again.',
  ERR_AUTH_SESSION_LOCKED: 'The session is locked. Enter your password to continue.',
  ERR_AUTH_PASSWORD_CHANGE_REQUIRED: 'Choose a new password before continuing.',
  ERR_PASSWORD_TOO_SHORT: 'Use a password of at least 15 characters — a few unrelated words work well.',
  ERR_PASSWORD_TOO_LONG: 'Use a password of at most 1,024 characters.',
  ERR_PASSWORD_COMMON:
    'That password is on a list of commonly used passwords (or is one repeated). Try a few unrelated words instead.',
  ERR_PASSWORD_CONTAINS_NAME: 'The password must not contain the user name or the application’s name.',
  ERR_USERS_ALREADY_EXIST: 'An administrator already exists. Sign in instead.',
  ERR_USER_NOT_FOUND: 'That user does not exist.',
  ERR_USERNAME_TAKEN: 'That user name is already taken.',
  ERR_USER_LAST_ADMIN: 'This is the last active administrator; another must exist first.',
  ERR_PERMISSION_DENIED: 'Your role does not allow this action.',
  ERR_CANCELLED: 'The operation was cancelled; nothing was changed.',
  ERR_INTERNAL: 'Something went wrong inside the application. Nothing was changed; the log has details.',
  ERR_VAULT_NOT_INITIALIZED: 'This workstation has no vault yet. Run the setup wizard first.',
  ERR_VAULT_ALREADY_INITIALIZED: 'A vault already exists here. It was not replaced.',
  ERR_VAULT_LOCKED: 'The vault is locked. Unlock it first.',
  ERR_VAULT_UNLOCK_FAILED: 'That passphrase or recovery code does not open this vault.',
  ERR_VAULT_SLOT_FILE_TAMPERED:
    'The keyslot file has been altered or damaged. It was not changed; restore it from a backup or contact your administrator.',
  ERR_VAULT_SLOT_NOT_FOUND: 'That unlock method is not configured on this workstation.',
  ERR_VAULT_LAST_SLOT: 'This is the last way to unlock the vault and cannot be removed.',
  ERR_VAULT_PASSPHRASE_TOO_SHORT: 'Use a passphrase of at least 15 characters — a few unrelated words work well.',
  ERR_VAULT_PASSPHRASE_TOO_LONG: 'Use a passphrase of at most 1,024 characters.',
  ERR_VAULT_PASSPHRASE_COMMON:
    'That passphrase is on a list of commonly used passwords (or is one repeated). Try a few unrelated words instead.',
  ERR_VAULT_PASSPHRASE_CONTAINS_NAME: 'The passphrase must not contain the user name or the application’s name.',
  ERR_VAULT_NO_METHOD: 'Choose at least one way to unlock: the system keyring or a passphrase.',
  ERR_VAULT_SLOT_FILE_MISSING:
    'The keyslot file (vault.json) is missing but encrypted data exists. Restore it from a backup; no new vault was created.',
  ERR_KEYCHAIN_UNAVAILABLE:
    'No keyring service is running on this workstation — unlock with your passphrase or recovery code.',
  ERR_KEYCHAIN_LOCKED:
    'The system keyring is locked. Unlock it (log in again) or use your passphrase or recovery code.',
  ERR_KEYCHAIN_ENTRY_MISSING:
    'The system keyring no longer holds this vault’s key — unlock with your passphrase or recovery code.',
  ERR_STORE_KEY_MISMATCH:
    'The database key does not match this store — was it restored from another workstation?',
  ERR_STORE_NEWER_SCHEMA:
    'This data was written by a newer version of Residency Scheduler. Install that version to open it; nothing was changed.',
  ERR_STORE_CORRUPT:
    'The database failed its integrity check after an unclean shutdown. Nothing was deleted or changed. Restore the latest backup, or contact your administrator.',
  ERR_DATA_DIR_BUSY:
    'Another Residency Scheduler process is using this data folder. Close it (or wait for it to finish) and try again; nothing was changed.',
  ERR_PROGRAM_NOT_FOUND: 'That program does not exist on this workstation.',
  ERR_PROGRAM_CODE_TAKEN: 'Another program already uses that code. Choose a different code.',
  ERR_PERSON_NOT_FOUND: 'That person is not in this program.',
  ERR_PERSON_EMAIL_TAKEN: 'Someone in this program already has that e-mail address.',
  ERR_CRYPTO_DECRYPT_FAILED: 'Encrypted data could not be opened: the key is wrong or the data was altered.',
  ERR_CRYPTO_BAD_INPUT: 'A cryptographic operation was given malformed input and was refused.',
  ERR_AUDIT_INVALID_ENTRY: 'An audit entry was malformed or carried something that looks like a secret or personal data; it was not recorded.',
  ERR_AUDIT_INVALID_FILTER: 'That audit filter is not valid. Check the dates, actor and limits.',
  ERR_AUDIT_CHAIN_BROKEN:
    'The audit trail does not end where its recorded head says: entries may have been removed. Nothing more is recorded until it is investigated — run the audit check or restore the latest backup.',
};

export const IpcError = z.strictObject({ code: ErrorCode, message: z.string() });
export type IpcError = z.infer<typeof IpcError>;

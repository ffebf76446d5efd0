// Owns the interface between the vault and an OS secret store. keytar is one implementation;
// tests and other platforms plug in theirs. Implementations turn every failure into a KeychainError
// with a specific code; they never fall back to storing anything in plain text.
import type { KeychainStatus } from '../../../../shared/contract';

export interface KeychainBackend {
  /** e.g. "libsecret", "macos-keychain", "windows-credential-manager". Recorded in each slot. */
  readonly name: string;
  /** Can we store, read and delete a secret right now? Never throws. */
  probe(): Promise<KeychainStatus>;
  getSecret(account: string): Promise<string | null>;
  setSecret(account: string, secret: string): Promise<void>;
  deleteSecret(account: string): Promise<boolean>;
}

/** Service name under which every vault secret is stored (account = slot id). */
export const KEYCHAIN_SERVICE = 'org.residency-scheduler.vault';

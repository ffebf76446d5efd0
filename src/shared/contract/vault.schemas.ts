// Owns the vault's data as the renderer may see it: slot descriptions and states, never material.
import { z } from 'zod';
import { ErrorCode } from './errors';

export const SlotKind = z.enum(['os-keychain', 'passphrase', 'recovery', 'safe-storage']);
export type SlotKind = z.infer<typeof SlotKind>;

export const SlotSummary = z.strictObject({
  id: z.string(),
  kind: SlotKind,
  /** Where the wrapping secret lives, e.g. "libsecret", "pbkdf2-sha256", "recovery-code". */
  backend: z.string(),
  createdAt: z.string(),
});
export type SlotSummary = z.infer<typeof SlotSummary>;

/** `damaged`: vault.json exists but is unreadable or fails its schema; nothing will overwrite it. */
export const VaultState = z.enum(['uninitialized', 'locked', 'unlocked', 'damaged']);
export type VaultState = z.infer<typeof VaultState>;

export const KeychainStatus = z.strictObject({
  available: z.boolean(),
  /** Why it is not available; the renderer shows errorMessages[code]. */
  problem: ErrorCode.optional(),
});
export type KeychainStatus = z.infer<typeof KeychainStatus>;

export const VaultStatus = z.strictObject({
  state: VaultState,
  slots: z.array(SlotSummary),
  keychain: KeychainStatus,
  recoveryConfirmed: z.boolean(),
});
export type VaultStatus = z.infer<typeof VaultStatus>;

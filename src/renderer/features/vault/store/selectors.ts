// Plain selectors over VaultStatus: what the screens ask of it, written once.
import type { SlotKind, VaultStatus } from '../../../../shared/contract';

export const hasSlotOfKind = (status: VaultStatus, kind: SlotKind): boolean => status.slots.some((s) => s.kind === kind);

/** The keyring can be used to unlock right now: a slot exists and the service answers. */
export const canUnlockWithKeychain = (status: VaultStatus): boolean =>
  status.keychain.available && hasSlotOfKind(status, 'os-keychain');

/** "Add system keyring" makes sense: none yet, and the service answers. */
export const canAddKeychainSlot = (status: VaultStatus): boolean =>
  status.keychain.available && !hasSlotOfKind(status, 'os-keychain');

/** Slots may be removed only while another remains (main refuses removing the last one too). */
export const slotsAreRemovable = (status: VaultStatus): boolean => status.slots.length > 1;

/**
 * The secrets a person can type on the unlock screen, in the order offered. When the slot list is
 * empty (main could not read it, e.g. a damaged keyslot file) both are offered and main explains.
 */
export function manualUnlockMethods(status: VaultStatus): ('passphrase' | 'recovery')[] {
  if (status.slots.length === 0) return ['passphrase', 'recovery'];
  return (['passphrase', 'recovery'] as const).filter((kind) => hasSlotOfKind(status, kind));
}

// Owns the words the vault screens use for slot kinds and dates.
import type { SlotKind } from '../../../../shared/contract';
import { formatDateTime } from '../../../lib/format';

export const slotKindLabel: Record<SlotKind, string> = {
  'os-keychain': 'System keyring',
  passphrase: 'Passphrase',
  recovery: 'Recovery code',
  'safe-storage': 'Electron safe storage',
};

/** A slot's creation time as a person reads it; the raw text when it is not a date. */
export const formatDate = formatDateTime;

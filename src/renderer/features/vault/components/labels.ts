// Owns the words the vault screens use for slot kinds and dates.
import type { SlotKind } from '../../../../shared/contract';

export const slotKindLabel: Record<SlotKind, string> = {
  'os-keychain': 'System keyring',
  passphrase: 'Passphrase',
  recovery: 'Recovery code',
  'safe-storage': 'Electron safe storage',
};

/** A slot's creation time as a person reads it; the raw text when it is not a date. */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

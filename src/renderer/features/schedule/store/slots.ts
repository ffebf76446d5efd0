// Owns how the day/week view reads main's derived half-day slots: grouped per person, date and
// slot (a slot can hold template work and a call at once), worded short enough for a cell.
import type { DaySlot, GridSlot } from '../../../../shared/domain';

export const slotKey = (personId: string, date: string, slot: DaySlot): string => `${personId}|${date}|${slot}`;

export function groupSlots(slots: readonly GridSlot[]): Map<string, GridSlot[]> {
  const map = new Map<string, GridSlot[]>();
  for (const s of slots) {
    const key = slotKey(s.personId, s.date, s.slot);
    const list = map.get(key);
    if (list) list.push(s);
    else map.set(key, [s]);
  }
  return map;
}

/** "MICU", "Call (in-house)", "Vacation", "Off". */
export function slotWord(slot: GridSlot, codes: ReadonlyMap<string, string>): string {
  const a = slot.activity;
  if (a.startsWith('call:')) return `Call (${a.slice(5)})`;
  if (a.startsWith('absence:')) return a.slice(8).replace(/^./, (c) => c.toUpperCase());
  if (a === 'off') return 'Off';
  const code = slot.rotationId ? codes.get(slot.rotationId) : undefined;
  return code && a && a !== code ? `${code} · ${a}` : (code ?? a);
}

export const hasOverride = (slots: readonly GridSlot[] | undefined): boolean => slots?.some((s) => s.source === 'override') ?? false;

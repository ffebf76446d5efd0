// Owns applying one grid edit to a warm ScheduleDocument exactly as buildDocument would read it
// back from the tables (items of people off the active roster are left out, like the builder does).
// test/unit/main/core/scheduling/document-patches.test.ts holds patched and rebuilt documents equal.
import type { CallKind, DaySlot, ExtraDuty, HalfDayOverride, IsoDate, ScheduleDocument } from '../../../shared/domain';

/** The same change an edit made to the tables, applied to the warm document (pure: returns a new one). */
export type DocumentPatch = (doc: ScheduleDocument) => ScheduleDocument;

const onRoster = (doc: ScheduleDocument, personId: string) => doc.people.some((p) => p.id === personId);

export const patchAssignments =
  (changes: readonly { personId: string; block: number; rotationId: string | null }[]): DocumentPatch =>
  (doc) => {
    const next = new Map(doc.assignments.map((a) => [`${a.personId}|${a.block}`, a]));
    for (const c of changes) {
      const key = `${c.personId}|${c.block}`;
      if (c.rotationId === null || !onRoster(doc, c.personId)) next.delete(key);
      else next.set(key, { personId: c.personId, block: c.block, rotationId: c.rotationId });
    }
    return { ...doc, assignments: [...next.values()] };
  };

export const patchOverride =
  (at: { personId: string; date: IsoDate; slot: DaySlot }, override: Omit<HalfDayOverride, 'personId' | 'date' | 'slot'> | null): DocumentPatch =>
  (doc) => {
    const overrides = doc.overrides.filter((o) => !(o.personId === at.personId && o.date === at.date && o.slot === at.slot));
    if (override && onRoster(doc, at.personId)) overrides.push({ ...at, ...override });
    return { ...doc, overrides };
  };

export const patchCall =
  (date: IsoDate, kind: CallKind, next: { personId: string; startTime?: string; hours?: number } | null): DocumentPatch =>
  (doc) => {
    const calls = doc.calls.filter((c) => !(c.date === date && c.kind === kind));
    if (next && onRoster(doc, next.personId)) calls.push({ date, kind, ...next });
    return { ...doc, calls };
  };

export const patchExtraDuty =
  (at: Pick<ExtraDuty, 'personId' | 'date' | 'kind'>, duty: Pick<ExtraDuty, 'startTime' | 'hours'> | null): DocumentPatch =>
  (doc) => {
    const extraDuty = doc.extraDuty.filter((e) => !(e.personId === at.personId && e.date === at.date && e.kind === at.kind));
    if (duty && onRoster(doc, at.personId)) extraDuty.push({ ...at, ...duty });
    return { ...doc, extraDuty };
  };

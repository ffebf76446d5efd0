// Owns the absences of the current academic year (schedule.absences.*) and the roster names they
// are shown under. A reason is personal data: it is never part of the list, only fetched for one
// absence when that absence is opened, and never kept in the store.
import { create } from 'zustand';
import { devtools } from 'zustand/middleware';
import type { AppContract, Envelope, InputOf, IpcError } from '../../../../shared/contract';
import type { Absence, RosterEntry } from '../../../../shared/domain';
import { request } from '../../../api/request';
import { devtoolsEnabled } from '../../../lib/devtools';

export interface AbsencesData {
  scope: string | null;
  absences: Absence[] | null;
  roster: RosterEntry[] | null;
  loading: boolean;
  error: IpcError | null;
}

export type AbsenceInput = InputOf<AppContract, 'schedule.absences.save'>['absence'];

export interface AbsencesActions {
  load: (programId: string, yearId: string) => Promise<IpcError | null>;
  save: (programId: string, yearId: string, absenceId: string | null, absence: AbsenceInput) => Promise<Envelope<Absence>>;
  remove: (programId: string, yearId: string, absenceId: string) => Promise<IpcError | null>;
  /** The reason of one absence, straight from main (audited there); not stored. */
  reason: (programId: string, yearId: string, absenceId: string) => Promise<Envelope<{ reason: string | null }>>;
}

export type AbsencesStore = AbsencesData & AbsencesActions;

export const initialAbsencesData: AbsencesData = { scope: null, absences: null, roster: null, loading: false, error: null };

export const useAbsencesStore = create<AbsencesStore>()(
  devtools(
    (set, get) => ({
      ...initialAbsencesData,

      async load(programId, yearId) {
        const scope = `${programId}/${yearId}`;
        if (get().loading && get().scope === scope) return null;
        const fresh = get().scope !== scope;
        set({ scope, loading: true, error: null, ...(fresh ? { absences: null, roster: null } : {}) }, false, 'absences/load');
        const [absences, roster] = await Promise.all([
          request('schedule.absences.list', { programId, yearId }),
          request('schedule.roster.list', { programId, yearId }),
        ]);
        if (get().scope !== scope) return null;
        if (!absences.ok || !roster.ok) {
          const error = !absences.ok ? absences.error : !roster.ok ? roster.error : null;
          set({ loading: false, error }, false, 'absences/load:failed');
          return error;
        }
        set({ absences: absences.value, roster: roster.value, loading: false }, false, 'absences/load:done');
        return null;
      },

      async save(programId, yearId, absenceId, absence) {
        const answer = await request('schedule.absences.save', { programId, yearId, ...(absenceId ? { absenceId } : {}), absence });
        if (!answer.ok) return answer;
        const saved = answer.value.absence;
        const list = get().absences ?? [];
        const next = list.some((a) => a.id === saved.id) ? list.map((a) => (a.id === saved.id ? saved : a)) : [...list, saved];
        set({ absences: next }, false, 'absences/save');
        return { ok: true, value: saved };
      },

      async remove(programId, yearId, absenceId) {
        const answer = await request('schedule.absences.remove', { programId, yearId, absenceId });
        if (!answer.ok) return answer.error;
        set({ absences: (get().absences ?? []).filter((a) => a.id !== absenceId) }, false, 'absences/remove');
        return null;
      },

      reason: (programId, yearId, absenceId) => request('schedule.absences.reason', { programId, yearId, absenceId }),
    }),
    { name: 'absences', enabled: devtoolsEnabled() },
  ),
);

export function resetAbsencesStore(): void {
  useAbsencesStore.setState(initialAbsencesData, false);
}

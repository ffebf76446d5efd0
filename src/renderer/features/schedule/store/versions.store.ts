// Owns the published versions of the open year and the one diff on screen (version against
// version, or against the draft). Answers for a year that is no longer open are dropped.
import { create } from 'zustand';
import { devtools } from 'zustand/middleware';
import type { AppContract, IpcError, OutputOf } from '../../../../shared/contract';
import type { ScheduleVersion } from '../../../../shared/domain';
import { request } from '../../../api/request';
import { devtoolsEnabled } from '../../../lib/devtools';

export type VersionDiff = OutputOf<AppContract, 'schedule.versions.diff'> & { from: number; to: number | 'draft' };

export interface VersionsData {
  scope: { programId: string; yearId: string } | null;
  /** Newest first; null until schedule.versions.list answers. */
  versions: ScheduleVersion[] | null;
  loading: boolean;
  error: IpcError | null;
  diff: VersionDiff | null;
  diffLoading: boolean;
  diffError: IpcError | null;
}

export interface VersionsActions {
  load: (programId: string, yearId: string) => Promise<IpcError | null>;
  compare: (from: number, to: number | 'draft') => Promise<IpcError | null>;
  forget: () => void;
}

export const initialVersionsData: VersionsData = { scope: null, versions: null, loading: false, error: null, diff: null, diffLoading: false, diffError: null };

const sameScope = (a: VersionsData['scope'], b: VersionsData['scope']) => a?.programId === b?.programId && a?.yearId === b?.yearId;

export const useVersionsStore = create<VersionsData & VersionsActions>()(
  devtools(
    (set, get) => ({
      ...initialVersionsData,

      async load(programId, yearId) {
        const scope = { programId, yearId };
        if (!sameScope(get().scope, scope)) set({ ...initialVersionsData, scope }, false, 'versions/scope');
        set({ loading: true, error: null }, false, 'versions/load');
        const answer = await request('schedule.versions.list', scope);
        if (!sameScope(get().scope, scope)) return null;
        if (!answer.ok) {
          set({ loading: false, error: answer.error }, false, 'versions/load:failed');
          return answer.error;
        }
        set({ loading: false, versions: [...answer.value].sort((a, b) => b.version - a.version) }, false, 'versions/load:done');
        return null;
      },

      async compare(from, to) {
        const scope = get().scope;
        if (!scope) return null;
        set({ diffLoading: true, diffError: null }, false, 'versions/diff');
        const answer = await request('schedule.versions.diff', { ...scope, from, to });
        if (!sameScope(get().scope, scope)) return null;
        if (!answer.ok) {
          set({ diffLoading: false, diffError: answer.error }, false, 'versions/diff:failed');
          return answer.error;
        }
        set({ diffLoading: false, diff: { ...answer.value, from, to } }, false, 'versions/diff:done');
        return null;
      },

      forget: () => set(initialVersionsData, false, 'versions/forget'),
    }),
    { name: 'schedule-versions', enabled: devtoolsEnabled() },
  ),
);

export function resetVersionsStore(): void {
  useVersionsStore.getState().forget();
}

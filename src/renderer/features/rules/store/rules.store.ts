// Owns the program's rule parameters (schedule.parameters.get/set): what main holds, read once per
// program, and saving a whole new set.
import { create } from 'zustand';
import { devtools } from 'zustand/middleware';
import type { IpcError } from '../../../../shared/contract';
import type { RuleParameters } from '../../../../shared/domain';
import { request } from '../../../api/request';
import { devtoolsEnabled } from '../../../lib/devtools';

export interface RulesData {
  programId: string | null;
  parameters: RuleParameters | null;
  loading: boolean;
  error: IpcError | null;
}

export interface RulesActions {
  load: (programId: string) => Promise<IpcError | null>;
  save: (programId: string, parameters: RuleParameters) => Promise<IpcError | null>;
}

export type RulesStore = RulesData & RulesActions;

export const initialRulesData: RulesData = { programId: null, parameters: null, loading: false, error: null };

export const useRulesStore = create<RulesStore>()(
  devtools(
    (set, get) => ({
      ...initialRulesData,
      async load(programId) {
        if (get().loading && get().programId === programId) return null;
        const fresh = get().programId !== programId;
        set({ programId, loading: true, error: null, ...(fresh ? { parameters: null } : {}) }, false, 'rules/load');
        const answer = await request('schedule.parameters.get', { programId });
        if (get().programId !== programId) return null;
        if (!answer.ok) {
          set({ loading: false, error: answer.error }, false, 'rules/load:failed');
          return answer.error;
        }
        set({ parameters: answer.value, loading: false }, false, 'rules/load:done');
        return null;
      },
      async save(programId, parameters) {
        const answer = await request('schedule.parameters.set', { programId, parameters });
        if (!answer.ok) return answer.error;
        if (get().programId === programId) set({ parameters: answer.value }, false, 'rules/save');
        return null;
      },
    }),
    { name: 'rules', enabled: devtoolsEnabled() },
  ),
);

export function resetRulesStore(): void {
  useRulesStore.setState(initialRulesData, false);
}

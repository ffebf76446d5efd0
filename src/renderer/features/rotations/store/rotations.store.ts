// Owns the rotation templates of the current academic year (schedule.rotations.*): the list, and
// saving or removing one with main's answer put straight into the list — only while that year is
// still the one shown, so a save answered after switching years never lands in another year's list.
import { create } from 'zustand';
import { devtools } from 'zustand/middleware';
import type { IpcError } from '../../../../shared/contract';
import type { RotationTemplate } from '../../../../shared/domain';
import type { TemplateInput } from './rotation-draft';
import { request } from '../../../api/request';
import { devtoolsEnabled } from '../../../lib/devtools';

export interface RotationsData {
  scope: string | null;
  rotations: RotationTemplate[] | null;
  loading: boolean;
  error: IpcError | null;
}

export type SaveRotationResult = { ok: true; rotation: RotationTemplate } | { ok: false; error: IpcError };

export interface RotationsActions {
  load: (programId: string, yearId: string) => Promise<IpcError | null>;
  save: (programId: string, yearId: string, rotationId: string | null, rotation: TemplateInput) => Promise<SaveRotationResult>;
  remove: (programId: string, yearId: string, rotationId: string) => Promise<IpcError | null>;
}

export type RotationsStore = RotationsData & RotationsActions;

export const initialRotationsData: RotationsData = { scope: null, rotations: null, loading: false, error: null };

export const useRotationsStore = create<RotationsStore>()(
  devtools(
    (set, get) => ({
      ...initialRotationsData,

      async load(programId, yearId) {
        const scope = `${programId}/${yearId}`;
        if (get().loading && get().scope === scope) return null;
        const fresh = get().scope !== scope;
        set({ scope, loading: true, error: null, ...(fresh ? { rotations: null } : {}) }, false, 'rotations/load');
        const answer = await request('schedule.rotations.list', { programId, yearId });
        if (get().scope !== scope) return null;
        if (!answer.ok) {
          set({ loading: false, error: answer.error }, false, 'rotations/load:failed');
          return answer.error;
        }
        set({ rotations: answer.value, loading: false }, false, 'rotations/load:done');
        return null;
      },

      async save(programId, yearId, rotationId, rotation) {
        const answer = await request('schedule.rotations.save', { programId, yearId, ...(rotationId ? { rotationId } : {}), rotation });
        if (!answer.ok) return { ok: false, error: answer.error };
        const saved = answer.value.rotation;
        if (get().scope !== `${programId}/${yearId}`) return { ok: true, rotation: saved };
        const list = get().rotations ?? [];
        const next = list.some((r) => r.id === saved.id) ? list.map((r) => (r.id === saved.id ? saved : r)) : [...list, saved];
        set({ rotations: next }, false, 'rotations/save');
        return { ok: true, rotation: saved };
      },

      async remove(programId, yearId, rotationId) {
        const answer = await request('schedule.rotations.remove', { programId, yearId, rotationId });
        if (!answer.ok) return answer.error;
        if (get().scope !== `${programId}/${yearId}`) return null;
        set({ rotations: (get().rotations ?? []).filter((r) => r.id !== rotationId) }, false, 'rotations/remove');
        return null;
      },
    }),
    { name: 'rotations', enabled: devtoolsEnabled() },
  ),
);

export function resetRotationsStore(): void {
  useRotationsStore.setState(initialRotationsData, false);
}

// Owns the holidays of one program's academic year: read from the year's draft (there is no
// separate list channel), and replaced as a whole list with schedule.holidays.set. The list here
// changes only once main has accepted it, so a refused save loses nothing and shows nothing false.
import { create } from 'zustand';
import { devtools } from 'zustand/middleware';
import type { IpcError } from '../../../../shared/contract';
import type { Holiday } from '../../../../shared/domain';
import { request } from '../../../api/request';
import { devtoolsEnabled } from '../../../lib/devtools';
import { byDate } from './holiday-list';

export interface HolidaysData {
  /** "programId/yearId" the data below belongs to. */
  scope: string | null;
  /** Date order; null until the draft has answered. */
  holidays: Holiday[] | null;
  /** The open year's first and last days, which bound new holidays. */
  year: { startDate: string; endDate: string } | null;
  loading: boolean;
  error: IpcError | null;
  saving: boolean;
}

export interface HolidaysActions {
  load: (programId: string, yearId: string) => Promise<IpcError | null>;
  /** Replaces the year's holidays with `next`; says why not when it could not. */
  save: (programId: string, yearId: string, next: readonly Holiday[]) => Promise<SaveProblem | null>;
  forget: () => void;
}

/** Main's refusal, or a save still on its way. */
export type SaveProblem = Pick<IpcError, 'message'>;

export type HolidaysStore = HolidaysData & HolidaysActions;

export const initialHolidaysData: HolidaysData = { scope: null, holidays: null, year: null, loading: false, error: null, saving: false };

const BUSY: SaveProblem = { message: 'The previous change is still being saved. Try again in a moment.' };

export const useHolidaysStore = create<HolidaysStore>()(
  devtools(
    (set, get) => ({
      ...initialHolidaysData,

      async load(programId, yearId) {
        const scope = `${programId}/${yearId}`;
        const fresh = get().scope !== scope;
        set({ scope, loading: true, error: null, ...(fresh ? { holidays: null, year: null } : {}) }, false, 'holidays/load');
        const answer = await request('schedule.draft.get', { programId, yearId });
        if (get().scope !== scope) return null; // another year was chosen meanwhile
        if (!answer.ok) {
          set({ loading: false, error: answer.error }, false, 'holidays/load:failed');
          return answer.error;
        }
        const { startDate, endDate } = answer.value.document.academicYear;
        set({ loading: false, holidays: byDate(answer.value.document.holidays), year: { startDate, endDate } }, false, 'holidays/load:done');
        return null;
      },

      async save(programId, yearId, next) {
        const scope = `${programId}/${yearId}`;
        if (get().saving) return BUSY;
        set({ saving: true }, false, 'holidays/save');
        const holidays = byDate(next);
        const answer = await request('schedule.holidays.set', { programId, yearId, holidays });
        if (get().scope !== scope) {
          // Another year is shown now: nothing to put in its list, but the save is over either way.
          set({ saving: false }, false, 'holidays/save:elsewhere');
          return null;
        }
        if (!answer.ok) {
          set({ saving: false }, false, 'holidays/save:failed');
          return answer.error;
        }
        set({ saving: false, holidays }, false, 'holidays/save:done');
        return null;
      },

      forget: () => set(initialHolidaysData, false, 'holidays/forget'),
    }),
    { name: 'holidays', enabled: devtoolsEnabled() },
  ),
);

/** Back to nothing known (sign-out, another user; tests). */
export function resetHolidaysStore(): void {
  useHolidaysStore.getState().forget();
}

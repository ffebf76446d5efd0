// Owns the current program and academic year that every program-scoped screen works on, the lists
// they are chosen from (programs.list, schedule.years.list), and creating a program. Other
// features never read this store: the app passes the chosen ids down to them as props.
import { create } from 'zustand';
import { devtools } from 'zustand/middleware';
import type { AppContract, Envelope, InputOf, IpcError } from '../../../../shared/contract';
import type { AcademicYear, Program } from '../../../../shared/domain';
import { request } from '../../../api/request';
import { devtoolsEnabled } from '../../../lib/devtools';
import { todayIso } from '../../../lib/iso-dates';
import { preferredYear } from './selectors';

export interface ProgramsData {
  /** Null until programs.list first answers. */
  programs: Program[] | null;
  /** The chosen program's years; null until they are read. */
  years: AcademicYear[] | null;
  programId: string | null;
  yearId: string | null;
  loading: boolean;
  yearsLoading: boolean;
  error: IpcError | null;
  yearsError: IpcError | null;
}

export interface ProgramsActions {
  /** Reads the programs (once at a time) and keeps or makes a choice among them. */
  load: () => Promise<IpcError | null>;
  /** Reads the chosen program's years and keeps or makes a choice among them. */
  loadYears: () => Promise<IpcError | null>;
  selectProgram: (programId: string) => Promise<void>;
  selectYear: (yearId: string) => void;
  create: (input: InputOf<AppContract, 'programs.create'>) => Promise<Envelope<Program>>;
  /** A year was created or its blocks changed elsewhere: put main's answer in the list and choose it. */
  adoptYear: (year: AcademicYear) => void;
}

export type ProgramsStore = ProgramsData & ProgramsActions;

export const initialProgramsData: ProgramsData = {
  programs: null,
  years: null,
  programId: null,
  yearId: null,
  loading: false,
  yearsLoading: false,
  error: null,
  yearsError: null,
};

export const useProgramsStore = create<ProgramsStore>()(
  devtools(
    (set, get) => ({
      ...initialProgramsData,

      async load() {
        if (get().loading) return null;
        set({ loading: true, error: null }, false, 'programs/load');
        const answer = await request('programs.list', {});
        if (!answer.ok) {
          set({ loading: false, error: answer.error }, false, 'programs/load:failed');
          return answer.error;
        }
        const programs = answer.value;
        const kept = programs.find((p) => p.id === get().programId) ?? programs[0] ?? null;
        const changed = kept?.id !== get().programId;
        set(
          { programs, loading: false, programId: kept?.id ?? null, ...(changed ? { years: null, yearId: null } : {}) },
          false,
          'programs/load:done',
        );
        if (kept && (changed || get().years === null)) return get().loadYears();
        return null;
      },

      async loadYears() {
        const programId = get().programId;
        if (!programId) return null;
        set({ yearsLoading: true, yearsError: null }, false, 'programs/loadYears');
        const answer = await request('schedule.years.list', { programId });
        // The person may have chosen another program meanwhile: this answer is no longer wanted.
        if (get().programId !== programId) return null;
        if (!answer.ok) {
          set({ yearsLoading: false, yearsError: answer.error }, false, 'programs/loadYears:failed');
          return answer.error;
        }
        const years = answer.value;
        const kept = years.find((y) => y.id === get().yearId) ?? preferredYear(years, todayIso());
        set({ years, yearsLoading: false, yearId: kept?.id ?? null }, false, 'programs/loadYears:done');
        return null;
      },

      async selectProgram(programId) {
        if (programId === get().programId) return;
        set({ programId, years: null, yearId: null, yearsError: null }, false, 'programs/selectProgram');
        await get().loadYears();
      },

      selectYear(yearId) {
        set({ yearId }, false, 'programs/selectYear');
      },

      async create(input) {
        const answer = await request('programs.create', input);
        if (answer.ok) {
          const program = answer.value;
          const programs = [...(get().programs ?? []), program];
          set({ programs }, false, 'programs/create');
          await get().selectProgram(program.id);
        }
        return answer;
      },

      adoptYear(year) {
        if (year.programId !== get().programId) return;
        const years = get().years ?? [];
        const next = years.some((y) => y.id === year.id) ? years.map((y) => (y.id === year.id ? year : y)) : [...years, year];
        next.sort((a, b) => a.startDate.localeCompare(b.startDate));
        set({ years: next, yearId: year.id }, false, 'programs/adoptYear');
      },
    }),
    { name: 'programs', enabled: devtoolsEnabled() },
  ),
);

/** Back to "nothing chosen" (sign-out; tests). */
export function resetProgramsStore(): void {
  useProgramsStore.setState(initialProgramsData, false);
}

// Owns the People screen's data: the program's people (people.list) and, for the current academic
// year, their roster entries (PGY, faculty role, credentials, active). Saving a person writes the
// person first and then their roster entry, so a refused roster change never loses the person.
import { create } from 'zustand';
import { devtools } from 'zustand/middleware';
import type { IpcError } from '../../../../shared/contract';
import type { Person, PersonInput, RosterEntry } from '../../../../shared/domain';
import { request } from '../../../api/request';
import { devtoolsEnabled } from '../../../lib/devtools';

export interface PeopleData {
  /** "programId/yearId" the lists below belong to. */
  scope: string | null;
  people: Person[] | null;
  roster: RosterEntry[] | null;
  loading: boolean;
  error: IpcError | null;
}

/** A roster entry as the editor sends it (schedule.roster.set without the ids). */
export interface RosterDraft {
  pgy: number | null;
  facultyRole: RosterEntry['facultyRole'];
  credentials: string[];
  active: boolean;
}

export interface SavePersonInput {
  programId: string;
  yearId: string | null;
  /** Absent for a new person. */
  personId?: string;
  person: PersonInput;
  /** Absent when there is no year, or the roster entry did not change. */
  roster?: RosterDraft;
}

export type SavePersonResult = { ok: true; person: Person } | { ok: false; error: IpcError; person: Person | null };

export interface PeopleActions {
  load: (programId: string, yearId: string | null) => Promise<IpcError | null>;
  save: (input: SavePersonInput) => Promise<SavePersonResult>;
  remove: (programId: string, personId: string) => Promise<IpcError | null>;
}

export type PeopleStore = PeopleData & PeopleActions;

export const initialPeopleData: PeopleData = { scope: null, people: null, roster: null, loading: false, error: null };

const scopeOf = (programId: string, yearId: string | null) => `${programId}/${yearId ?? ''}`;

export const usePeopleStore = create<PeopleStore>()(
  devtools(
    (set, get) => {
      const putPerson = (person: Person) => {
        const people = get().people ?? [];
        const next = people.some((p) => p.id === person.id) ? people.map((p) => (p.id === person.id ? person : p)) : [...people, person];
        set({ people: next }, false, 'people/putPerson');
      };
      const putRoster = (person: Person, draft: RosterDraft) => {
        const entry: RosterEntry = { personId: person.id, kind: person.kind, name: person.name, ...draft };
        const roster = (get().roster ?? []).filter((e) => e.personId !== person.id);
        set({ roster: [...roster, entry] }, false, 'people/putRoster');
      };

      return {
        ...initialPeopleData,

        async load(programId, yearId) {
          const scope = scopeOf(programId, yearId);
          if (get().loading && get().scope === scope) return null;
          const fresh = get().scope !== scope;
          set({ scope, loading: true, error: null, ...(fresh ? { people: null, roster: null } : {}) }, false, 'people/load');
          const [people, roster] = await Promise.all([
            request('people.list', { programId }),
            yearId ? request('schedule.roster.list', { programId, yearId }) : Promise.resolve({ ok: true as const, value: [] as RosterEntry[] }),
          ]);
          if (get().scope !== scope) return null;
          if (!people.ok || !roster.ok) {
            const error = !people.ok ? people.error : !roster.ok ? roster.error : null;
            set({ loading: false, error }, false, 'people/load:failed');
            return error;
          }
          set({ people: people.value, roster: roster.value, loading: false }, false, 'people/load:done');
          return null;
        },

        async save({ programId, yearId, personId, person, roster }) {
          const saved = personId
            ? await request('people.update', { programId, personId, person })
            : await request('people.create', { programId, person });
          if (!saved.ok) return { ok: false, error: saved.error, person: null };
          putPerson(saved.value);
          if (yearId && roster) {
            const answer = await request('schedule.roster.set', { programId, yearId, personId: saved.value.id, ...roster });
            if (!answer.ok) return { ok: false, error: answer.error, person: saved.value };
            putRoster(saved.value, roster);
          } else if (yearId) {
            // Name and kind show through the roster entry too.
            const entry = get().roster?.find((e) => e.personId === saved.value.id);
            if (entry) putRoster(saved.value, entry);
          }
          return { ok: true, person: saved.value };
        },

        async remove(programId, personId) {
          const answer = await request('people.remove', { programId, personId });
          if (!answer.ok) return answer.error;
          set(
            {
              people: (get().people ?? []).filter((p) => p.id !== personId),
              roster: (get().roster ?? []).filter((e) => e.personId !== personId),
            },
            false,
            'people/remove',
          );
          return null;
        },
      };
    },
    { name: 'people', enabled: devtoolsEnabled() },
  ),
);

/** Back to "nothing known yet" (sign-out; tests). */
export function resetPeopleStore(): void {
  usePeopleStore.setState(initialPeopleData, false);
}

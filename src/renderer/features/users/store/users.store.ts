// Owns the Users screen's data: the accounts and the programs they can be given, as main lists
// them, and the admin actions on accounts. Each action answers with main's error (or null) and,
// on success, puts main's answer for that user into the list. Temporary passwords pass straight
// through to main and are never kept here.
import { create } from 'zustand';
import { devtools } from 'zustand/middleware';
import type { AppContract, Envelope, ErrorCode, InputOf, IpcError } from '../../../../shared/contract';
import type { Program, User } from '../../../../shared/domain';
import { request } from '../../../api/request';
import { devtoolsEnabled } from '../../../lib/devtools';

export interface UsersData {
  /** Null until users.list first answers. */
  users: User[] | null;
  /** Null until programs.list first answers. */
  programs: Program[] | null;
  loading: boolean;
  /** Why the last load failed, when it did. */
  error: IpcError | null;
}

export type UsersActionError = IpcError | null;

export interface UsersActions {
  /** Reads users and programs; a second call while one runs does nothing. */
  load: () => Promise<UsersActionError>;
  /** Loads again if the last load was refused because of the session (it was locked or ended). */
  resume: () => Promise<UsersActionError>;
  create: (input: InputOf<AppContract, 'users.create'>) => Promise<Envelope<User>>;
  update: (input: InputOf<AppContract, 'users.update'>) => Promise<UsersActionError>;
  resetPassword: (input: InputOf<AppContract, 'users.resetPassword'>) => Promise<UsersActionError>;
}

export type UsersStore = UsersData & UsersActions;

const SESSION_CODES: readonly ErrorCode[] = ['ERR_AUTH_SESSION_LOCKED', 'ERR_AUTH_REQUIRED', 'ERR_AUTH_SESSION_EXPIRED'];

export const initialUsersData: UsersData = { users: null, programs: null, loading: false, error: null };

export const useUsersStore = create<UsersStore>()(
  devtools(
    (set, get) => {
      /** Puts main's answer for one user into the list (replacing, or appending a new one). */
      const adopt = (action: string, envelope: Envelope<User>): UsersActionError => {
        if (!envelope.ok) return envelope.error;
        const user = envelope.value;
        const users = get().users ?? [];
        const next = users.some((u) => u.id === user.id) ? users.map((u) => (u.id === user.id ? user : u)) : [...users, user];
        set({ users: next }, false, `users/${action}`);
        return null;
      };

      return {
        ...initialUsersData,

        async load() {
          if (get().loading) return null;
          set({ loading: true, error: null }, false, 'users/load');
          const [users, programs] = await Promise.all([request('users.list', {}), request('programs.list', {})]);
          if (!users.ok || !programs.ok) {
            const error = !users.ok ? users.error : !programs.ok ? programs.error : null;
            set({ loading: false, error }, false, 'users/load:failed');
            return error;
          }
          set({ users: users.value, programs: programs.value, loading: false }, false, 'users/load:done');
          return null;
        },

        async resume() {
          const { error, loading } = get();
          if (loading || !error || !SESSION_CODES.includes(error.code)) return null;
          return get().load();
        },

        async create(input) {
          const envelope = await request('users.create', input);
          adopt('create', envelope);
          return envelope;
        },
        update: async (input) => adopt('update', await request('users.update', input)),
        resetPassword: async (input) => adopt('resetPassword', await request('users.resetPassword', input)),
      };
    },
    { name: 'users', enabled: devtoolsEnabled() },
  ),
);

/** Back to "nothing known yet" (sign-out; tests). */
export function resetUsersStore(): void {
  useUsersStore.setState(initialUsersData, false);
}

// Owns the renderer's picture of who is signed in on this window: the last auth.status main
// reported (the session as main describes it — never a token) and the actions that change it.
// Every action answers with the envelope's error (or null) for the screen to show; passwords pass
// straight through to main and are never kept here.
import { create } from 'zustand';
import { devtools } from 'zustand/middleware';
import type { AppContract, Envelope, ErrorCode, InputOf, IpcError, OutputOf } from '../../../../shared/contract';
import type { SessionInfo } from '../../../../shared/domain';
import { request } from '../../../api/request';
import { devtoolsEnabled } from '../../../lib/devtools';

export interface AuthData {
  /** True once auth.status has answered since the vault was last unlocked. */
  loaded: boolean;
  /** This window's session; null when nobody is signed in. */
  session: SessionInfo | null;
  /** Whether any account exists; null while unknown (the vault is locked). */
  usersExist: boolean | null;
  /** Why the last auth.status failed, when it did. */
  statusError: IpcError | null;
  /** Why main ended the session (expired, account disabled), said once on the sign-in screen. */
  endedBecause: IpcError | null;
}

/** null = done; otherwise the error main answered with, to be shown as it is. */
export type AuthActionError = IpcError | null;

export interface AuthActions {
  refresh: () => Promise<AuthActionError>;
  /** The vault locked: main ended every session and nothing about accounts can be known. */
  forget: () => void;
  /** A call was refused because of the session (locked, ended): re-read it so the app follows. */
  sessionRefused: (error: IpcError) => Promise<void>;
  createFirstAdmin: (input: InputOf<AppContract, 'auth.createFirstAdmin'>) => Promise<AuthActionError>;
  login: (username: string, password: string) => Promise<AuthActionError>;
  logout: () => Promise<AuthActionError>;
  lock: () => Promise<AuthActionError>;
  unlock: (password: string) => Promise<AuthActionError>;
  changePassword: (currentPassword: string, newPassword: string) => Promise<AuthActionError>;
}

export type AuthStore = AuthData & AuthActions;

export const initialAuthData: AuthData = { loaded: false, session: null, usersExist: null, statusError: null, endedBecause: null };

/** The codes that mean "this window's session is not what the screen thinks": re-read it. */
export const SESSION_REFUSALS: readonly ErrorCode[] = [
  'ERR_AUTH_SESSION_LOCKED',
  'ERR_AUTH_REQUIRED',
  'ERR_AUTH_SESSION_EXPIRED',
  'ERR_AUTH_PASSWORD_CHANGE_REQUIRED',
  // The role was changed (e.g. by another administrator): the navigation follows the new one.
  'ERR_PERMISSION_DENIED',
];

// Answers can arrive out of order (a status read racing a sign-in): only the newest one counts.
let generation = 0;
// Why main refused the session, kept until a status read adopts it: several calls can be refused
// at once (ERR_AUTH_SESSION_EXPIRED first, ERR_AUTH_REQUIRED next), and the first says most.
let refusedBecause: IpcError | null = null;

export const useAuthStore = create<AuthStore>()(
  devtools(
    (set, get) => {
      /** Adopts the session an action answered with. */
      const adoptSession = (action: string, envelope: Envelope<SessionInfo>): AuthActionError => {
        if (!envelope.ok) return envelope.error;
        generation += 1;
        refusedBecause = null;
        set({ loaded: true, session: envelope.value, usersExist: true, statusError: null, endedBecause: null }, false, `auth/${action}`);
        return null;
      };

      const readStatus = async (action: string): Promise<AuthActionError> => {
        const mine = ++generation;
        const envelope: Envelope<OutputOf<AppContract, 'auth.status'>> = await request('auth.status', {});
        if (mine !== generation) return envelope.ok ? null : envelope.error;
        if (!envelope.ok) {
          set({ statusError: envelope.error }, false, `auth/${action}:failed`);
          return envelope.error;
        }
        const { session, usersExist } = envelope.value;
        const hadSession = get().session !== null;
        const endedBecause = refusedBecause;
        refusedBecause = null;
        set(
          {
            loaded: true,
            session,
            usersExist,
            statusError: null,
            endedBecause: session === null ? (hadSession ? endedBecause : get().endedBecause) : null,
          },
          false,
          `auth/${action}`,
        );
        return null;
      };

      return {
        ...initialAuthData,

        refresh: () => readStatus('refresh'),

        forget() {
          generation += 1;
          refusedBecause = null;
          set({ ...initialAuthData }, false, 'auth/forget');
        },

        async sessionRefused(error) {
          const ends = error.code === 'ERR_AUTH_SESSION_EXPIRED' || error.code === 'ERR_AUTH_REQUIRED';
          if (ends && refusedBecause === null) refusedBecause = error;
          await readStatus('sessionRefused');
        },

        createFirstAdmin: async (input) => adoptSession('createFirstAdmin', await request('auth.createFirstAdmin', input)),
        login: async (username, password) => adoptSession('login', await request('auth.login', { username, password })),

        async logout() {
          const envelope = await request('auth.logout', {});
          if (!envelope.ok) return envelope.error;
          generation += 1;
          set({ session: null, endedBecause: null }, false, 'auth/logout');
          return null;
        },

        lock: async () => adoptSession('lock', await request('auth.lock', {})),
        unlock: async (password) => adoptSession('unlock', await request('auth.unlock', { password })),
        changePassword: async (currentPassword, newPassword) =>
          adoptSession('changePassword', await request('account.changePassword', { currentPassword, newPassword })),
      };
    },
    { name: 'auth', enabled: devtoolsEnabled() },
  ),
);

/** Back to "nothing known yet" (a fresh window; tests). */
export function resetAuthStore(): void {
  generation += 1;
  refusedBecause = null;
  useAuthStore.setState(initialAuthData, false);
}

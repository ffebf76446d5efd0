// Owns the Keys screen's data: the filters, the list main answered for them, and the key opened in
// detail (its version chain and usage log). Every change passes straight to main; on success the
// list and the open detail are read again, since one change can move several versions (a rotation
// changes two keys, a policy the whole chain). Only the answer to the newest list request is kept.
import { create } from 'zustand';
import { devtools } from 'zustand/middleware';
import type { AppContract, Envelope, ErrorCode, InputOf, IpcError, OutputOf } from '../../../../shared/contract';
import type { ManagedKey, PublicKeyExport, User } from '../../../../shared/domain';
import { request } from '../../../api/request';
import { devtoolsEnabled } from '../../../lib/devtools';
import { EMPTY_KEY_FILTERS, type KeyFilterDraft, listFilterFor } from './selectors';

export type KeyDetail = OutputOf<AppContract, 'keys.get'>;

export interface KeysData {
  filters: KeyFilterDraft;
  /** Null until keys.list first answers. */
  keys: ManagedKey[] | null;
  loading: boolean;
  error: IpcError | null;
  /** The key shown in detail, by id; null → the list. */
  openId: string | null;
  detail: KeyDetail | null;
  detailLoading: boolean;
  detailError: IpcError | null;
  /** Accounts a "listed users" policy can name; null until read. */
  users: Pick<User, 'id' | 'username' | 'displayName'>[] | null;
}

export interface KeysActions {
  /** The list for these filters (default: the current ones). */
  load: (filters?: KeyFilterDraft) => Promise<IpcError | null>;
  open: (id: string) => Promise<IpcError | null>;
  close: () => void;
  /** Loads again if the last load was refused because of the session. */
  resume: () => Promise<IpcError | null>;
  loadUsers: () => Promise<IpcError | null>;
  generate: (input: InputOf<AppContract, 'keys.generate'>) => Promise<Envelope<ManagedKey>>;
  rotate: (id: string, retire: boolean) => Promise<Envelope<OutputOf<AppContract, 'keys.rotate'>>>;
  revoke: (input: InputOf<AppContract, 'keys.revoke'>) => Promise<Envelope<ManagedKey>>;
  setStatus: (id: string, status: 'active' | 'inactive') => Promise<Envelope<ManagedKey>>;
  remove: (input: InputOf<AppContract, 'keys.delete'>) => Promise<Envelope<ManagedKey>>;
  cancelDeletion: (id: string) => Promise<Envelope<ManagedKey>>;
  setPolicy: (input: InputOf<AppContract, 'keys.setPolicy'>) => Promise<Envelope<ManagedKey>>;
  exportPublic: (id: string, format: 'pem' | 'jwk') => Promise<Envelope<PublicKeyExport>>;
  forget: () => void;
}

export type KeysStore = KeysData & KeysActions;

const SESSION_CODES: readonly ErrorCode[] = ['ERR_AUTH_SESSION_LOCKED', 'ERR_AUTH_REQUIRED', 'ERR_AUTH_SESSION_EXPIRED'];
const USAGE_SHOWN = 100;

export const initialKeysData: KeysData = {
  filters: EMPTY_KEY_FILTERS,
  keys: null,
  loading: false,
  error: null,
  openId: null,
  detail: null,
  detailLoading: false,
  detailError: null,
  users: null,
};

export const useKeysStore = create<KeysStore>()(
  devtools(
    (set, get) => {
      let latestList = 0;
      let latestDetail = 0;

      async function readDetail(id: string): Promise<IpcError | null> {
        const ticket = ++latestDetail;
        set({ detailLoading: true, detailError: null }, false, 'keys/detail');
        const answer = await request('keys.get', { id, usageLimit: USAGE_SHOWN });
        if (ticket !== latestDetail) return null;
        if (!answer.ok) {
          set({ detailLoading: false, detailError: answer.error }, false, 'keys/detail:failed');
          return answer.error;
        }
        set({ detail: answer.value, detailLoading: false }, false, 'keys/detail:done');
        return null;
      }

      /** After a change (or a refusal that may mean the key moved on): the list, and the open key. */
      async function refresh(): Promise<void> {
        const openId = get().openId;
        await Promise.all([get().load(), openId ? readDetail(openId) : Promise.resolve(null)]);
      }

      /** Runs one change; refreshes whatever it ends with, since a refusal may mean the key moved on. */
      async function change<T>(run: () => Promise<Envelope<T>>): Promise<Envelope<T>> {
        const answer = await run();
        await refresh();
        return answer;
      }

      return {
        ...initialKeysData,

        async load(filters = get().filters) {
          const ticket = ++latestList;
          set({ filters, loading: true, error: null }, false, 'keys/load');
          const answer = await request('keys.list', listFilterFor(filters));
          if (ticket !== latestList) return null;
          if (!answer.ok) {
            set({ loading: false, error: answer.error }, false, 'keys/load:failed');
            return answer.error;
          }
          set({ keys: answer.value, loading: false }, false, 'keys/load:done');
          return null;
        },

        open(id) {
          set({ openId: id, detail: get().detail?.key.id === id ? get().detail : null }, false, 'keys/open');
          return readDetail(id);
        },

        close() {
          latestDetail += 1;
          set({ openId: null, detail: null, detailLoading: false, detailError: null }, false, 'keys/close');
        },

        async resume() {
          const { error, detailError, openId, loading } = get();
          const refused = (e: IpcError | null) => e !== null && SESSION_CODES.includes(e.code);
          if (loading || (!refused(error) && !refused(detailError))) return null;
          const [list, detail] = await Promise.all([get().load(), openId ? readDetail(openId) : Promise.resolve(null)]);
          return list ?? detail;
        },

        async loadUsers() {
          const answer = await request('users.list', {});
          if (!answer.ok) return answer.error;
          set({ users: answer.value.map(({ id, username, displayName }) => ({ id, username, displayName })) }, false, 'keys/users');
          return null;
        },

        generate: (input) => change(() => request('keys.generate', input)),
        rotate: (id, retire) => change(() => request('keys.rotate', { id, retire })),
        revoke: (input) => change(() => request('keys.revoke', input)),
        setStatus: (id, status) => change(() => request('keys.setStatus', { id, status })),
        remove: (input) => change(() => request('keys.delete', input)),
        cancelDeletion: (id) => change(() => request('keys.cancelDeletion', { id })),
        setPolicy: (input) => change(() => request('keys.setPolicy', input)),
        // The export is a use of the key: its usage log grows.
        exportPublic: (id, format) => change(() => request('keys.exportPublic', { id, format })),

        forget() {
          latestList += 1;
          latestDetail += 1;
          set(initialKeysData, false, 'keys/forget');
        },
      };
    },
    { name: 'keys', enabled: devtoolsEnabled() },
  ),
);

/** Back to "nothing known yet" (sign-out, another user; tests). */
export function resetKeysStore(): void {
  useKeysStore.getState().forget();
}

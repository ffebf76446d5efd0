// Owns the Audit screen's data: the filters the table shows, the page of entries main answered for
// them, and — for administrators, who may list accounts — the user names that go with actor ids.
// Verifying and exporting pass straight through to main (both are audited there). When pages are
// asked for quickly one after another, only the answer to the last request is shown.
import { create } from 'zustand';
import { devtools } from 'zustand/middleware';
import type { AppContract, Envelope, ErrorCode, IpcError, OutputOf } from '../../../../shared/contract';
import type { AuditVerifyResult, StoredAuditEntry } from '../../../../shared/domain';
import { request } from '../../../api/request';
import { devtoolsEnabled } from '../../../lib/devtools';
import { AUDIT_PAGE_SIZE, type AuditFilterDraft, EMPTY_FILTERS, filterFor, type KnownUser } from './selectors';

export interface AuditPage {
  entries: StoredAuditEntry[];
  /** Entries matching the filters, across every page. */
  total: number;
  offset: number;
}

export interface AuditData {
  /** The filters the table is for, as the form holds them. */
  filters: AuditFilterDraft;
  /** The first entry (0 = the newest) asked for. */
  offset: number;
  /** main's last answer for filters + offset; null until audit.list first answers. */
  page: AuditPage | null;
  loading: boolean;
  /** Why the last load failed, when it did. */
  error: IpcError | null;
  /** Accounts from users.list, for actor names; null when not read (not an administrator). */
  users: KnownUser[] | null;
}

export type AuditActionError = IpcError | null;
export type AuditExport = OutputOf<AppContract, 'audit.exportCsv'>;

export interface AuditActions {
  /** The screen opens: the newest page for the current filters, and the accounts when `withUsers`. */
  open: (opts: { withUsers: boolean }) => Promise<AuditActionError>;
  /** New filters: back to the newest page. */
  search: (filters: AuditFilterDraft) => Promise<AuditActionError>;
  /** Another page for the same filters. */
  showPage: (offset: number) => Promise<AuditActionError>;
  /** The same page again (after a failure, or after verify/export added entries). */
  reload: () => Promise<AuditActionError>;
  /** Loads again if the last load was refused because of the session (it was locked or ended). */
  resume: () => Promise<AuditActionError>;
  verify: () => Promise<Envelope<AuditVerifyResult>>;
  /** CSV of every entry matching the current filters (not only this page). */
  exportCsv: () => Promise<Envelope<AuditExport>>;
  /** Back to nothing known; answers still on their way are dropped. */
  forget: () => void;
}

export type AuditStore = AuditData & AuditActions;

const SESSION_CODES: readonly ErrorCode[] = ['ERR_AUTH_SESSION_LOCKED', 'ERR_AUTH_REQUIRED', 'ERR_AUTH_SESSION_EXPIRED'];

export const initialAuditData: AuditData = { filters: EMPTY_FILTERS, offset: 0, page: null, loading: false, error: null, users: null };

const knownUser = ({ id, username, displayName }: KnownUser): KnownUser => ({ id, username, displayName });

export const useAuditStore = create<AuditStore>()(
  devtools(
    (set, get) => {
      // Only the newest request may write its answer; an identical request in flight is shared.
      let latest = 0;
      let inflight: { key: string; promise: Promise<AuditActionError> } | null = null;
      // Whether this screen reads accounts (remembered for reload and resume).
      let withUsers = false;

      async function fetchPage(filters: AuditFilterDraft, offset: number, users: boolean): Promise<AuditActionError> {
        const key = JSON.stringify([filters, offset, users]);
        if (inflight?.key === key) return inflight.promise;
        const ticket = ++latest;
        set({ filters, offset, loading: true, error: null }, false, 'audit/load');
        const promise = (async (): Promise<AuditActionError> => {
          const [list, accounts] = await Promise.all([
            request('audit.list', { ...filterFor(filters), limit: AUDIT_PAGE_SIZE, offset }),
            users ? request('users.list', {}) : Promise.resolve(null),
          ]);
          if (ticket !== latest) return null; // a newer request took over
          inflight = null;
          const error = !list.ok ? list.error : accounts && !accounts.ok ? accounts.error : null;
          if (error || !list.ok) {
            set({ loading: false, error }, false, 'audit/load:failed');
            return error;
          }
          const { entries, total } = list.value;
          // The log only grows, but filters can leave fewer entries than this offset: show the last page.
          if (entries.length === 0 && offset > 0 && total > 0) {
            const last = Math.floor((total - 1) / AUDIT_PAGE_SIZE) * AUDIT_PAGE_SIZE;
            if (last < offset) return fetchPage(filters, last, users);
          }
          set(
            {
              page: { entries, total, offset },
              loading: false,
              users: accounts?.ok ? accounts.value.map(knownUser) : get().users,
            },
            false,
            'audit/load:done',
          );
          return null;
        })();
        inflight = { key, promise };
        return promise;
      }

      return {
        ...initialAuditData,

        open(opts) {
          withUsers = opts.withUsers;
          return fetchPage(get().filters, 0, withUsers);
        },
        search: (filters) => fetchPage(filters, 0, false),
        showPage: (offset) => fetchPage(get().filters, Math.max(0, offset), false),
        reload: () => fetchPage(get().filters, get().offset, withUsers && get().users === null),

        async resume() {
          const { error, loading } = get();
          if (loading || !error || !SESSION_CODES.includes(error.code)) return null;
          return get().reload();
        },

        verify: () => request('audit.verify', {}),
        exportCsv: () => request('audit.exportCsv', filterFor(get().filters)),

        forget() {
          latest += 1;
          inflight = null;
          withUsers = false;
          set(initialAuditData, false, 'audit/forget');
        },
      };
    },
    { name: 'audit', enabled: devtoolsEnabled() },
  ),
);

/** Back to "nothing known yet" (sign-out, another user; tests). */
export function resetAuditStore(): void {
  useAuditStore.getState().forget();
}

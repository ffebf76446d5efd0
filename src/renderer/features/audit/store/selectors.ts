// Plain selectors for the Audit screen: the words for actions, outcomes and verification problems,
// the filter form ↔ the contract's filter (dates are local days), paging and cell text.
import {
  AuditActor,
  type AuditAction,
  auditActions,
  type StoredAuditEntry,
  type AuditExportFilter,
  type AuditOutcome,
  auditOutcomes,
  type AuditProblem,
  type AuditVerifyResult,
  type User,
} from '../../../../shared/domain';

/** Entries per page. */
export const AUDIT_PAGE_SIZE = 100;

/** An account as the audit screen needs it: enough to put a name on an actor id. */
export type KnownUser = Pick<User, 'id' | 'username' | 'displayName'>;

/** The filter form as people fill it in ('' = any); dates are `YYYY-MM-DD` local days. */
export interface AuditFilterDraft {
  actor: string;
  action: AuditAction | '';
  outcome: AuditOutcome | '';
  from: string;
  to: string;
}

export const EMPTY_FILTERS: AuditFilterDraft = { actor: '', action: '', outcome: '', from: '', to: '' };

/** Every action in plain words. A new action in the contract fails the type check until it has one. */
export const actionLabel: Record<AuditAction, string> = {
  'auth.login': 'Signed in',
  'auth.login.failure': 'Sign-in failed',
  'auth.lockout': 'Locked out after failed sign-ins',
  'auth.logout': 'Signed out',
  'auth.password.change': 'Changed own password',
  'user.create': 'User added',
  'user.update': 'User changed',
  'user.password.reset': 'Temporary password set',
  'vault.slot.add': 'Unlock method added',
  'vault.slot.remove': 'Unlock method removed',
  'vault.passphrase.change': 'Vault passphrase changed',
  'key.create': 'Key created',
  'key.rotate': 'Key rotated',
  'key.activate': 'Key activated',
  'key.deactivate': 'Key deactivated',
  'key.revoke': 'Key revoked',
  'key.expire': 'Key expired',
  'key.deletion.schedule': 'Key deletion scheduled',
  'key.deletion.cancel': 'Key deletion cancelled',
  'key.delete': 'Key deleted',
  'key.policy.change': 'Key policy changed',
  'key.export': 'Key exported',
  'person.view': 'Person records viewed',
  'person.export': 'Person records exported',
  'person.create': 'Person added',
  'person.update': 'Person changed',
  'person.delete': 'Person removed',
  'backup.export': 'Backup exported',
  'backup.restore': 'Backup restored',
  'settings.change': 'Setting changed',
  'audit.verify': 'Audit log verified',
  'audit.export': 'Audit log exported',
  'access.denied': 'Access refused (role)',
  'schedule.edit': 'Schedule draft changed',
  'schedule.publish': 'Schedule published',
  'absence.view-reason': 'Absence reason viewed',
  'rotation.start': 'Secret rotation started',
  'rotation.complete': 'Secret rotation completed',
  'rotation.fail': 'Secret rotation failed',
  'backup.verify': 'Backup verified',
  'backup.schedule.change': 'Backup schedule changed',
};

export const outcomeLabel: Record<AuditOutcome, string> = {
  success: 'Succeeded',
  failure: 'Failed',
  denied: 'Denied',
};

export const ACTION_OPTIONS = [
  { value: '', label: 'Any action' },
  ...auditActions.map((a) => ({ value: a, label: actionLabel[a] })),
] as const satisfies readonly { value: AuditAction | ''; label: string }[];

export const OUTCOME_OPTIONS = [
  { value: '', label: 'Any outcome' },
  ...auditOutcomes.map((o) => ({ value: o, label: outcomeLabel[o] })),
] as const satisfies readonly { value: AuditOutcome | ''; label: string }[];

export const isAuditAction = (s: string): s is AuditAction => (auditActions as readonly string[]).includes(s);
export const isAuditOutcome = (s: string): s is AuditOutcome => (auditOutcomes as readonly string[]).includes(s);

/** What each verification problem means, in plain words. */
export const problemText: Record<AuditProblem, string> = {
  'mac-mismatch': 'the entry was changed after it was written',
  gap: 'an entry is missing',
  reordered: 'entries are out of order',
  truncated: 'entries at the end were removed',
  'head-mismatch': 'the log’s end marker does not match',
};

export const countOf = (n: number, one: string, many: string): string => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** The verification result as the banner says it. */
export function verifySummary(result: AuditVerifyResult): { intact: boolean; title: string } {
  if (result.valid) return { intact: true, title: `Intact — ${countOf(result.entries, 'entry', 'entries')} verified` };
  const what = problemText[result.problem ?? 'mac-mismatch'];
  return {
    intact: false,
    title: result.firstBadSeq !== undefined ? `Tampering detected at entry #${result.firstBadSeq}: ${what}` : `Tampering detected: ${what}`,
  };
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The start of a local calendar day (`YYYY-MM-DD`), `plusDays` later, as an ISO UTC time; null
 * when the text is not a real date between the years 1000 and 9999.
 */
export function startOfLocalDay(day: string, plusDays = 0): string | null {
  const m = DAY.exec(day);
  if (!m) return null;
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1000 || year > 9999) return null;
  const d = new Date(2000, 0, 1);
  d.setFullYear(year, month - 1, date); // setFullYear: years below 100 are not moved to 19xx
  if (d.getFullYear() !== year || d.getMonth() !== month - 1 || d.getDate() !== date) return null; // 31 February
  d.setDate(d.getDate() + plusDays);
  return d.toISOString();
}

/**
 * The contract's filter for what the form holds: empty fields are left out; "From" is the start of
 * that local day (inclusive) and "To" takes in the whole of its day (the next local midnight,
 * exclusive).
 */
export function filterFor(draft: AuditFilterDraft): AuditExportFilter {
  const filter: AuditExportFilter = {};
  const actor = draft.actor.trim();
  if (actor) filter.actor = actor;
  if (draft.action) filter.action = draft.action;
  if (draft.outcome) filter.outcome = draft.outcome;
  const from = draft.from ? startOfLocalDay(draft.from) : null;
  const to = draft.to ? startOfLocalDay(draft.to, 1) : null;
  if (from) filter.from = from;
  if (to) filter.to = to;
  return filter;
}

export interface FilterProblems {
  actor?: string;
  from?: string;
  to?: string;
}

export const ACTOR_RULE = 'Enter a user id as shown in the Actor column, or system, or cli.';

/** What is wrong with the form before anything is asked of main. */
export function filterProblems(draft: AuditFilterDraft): FilterProblems {
  const problems: FilterProblems = {};
  const actor = draft.actor.trim();
  if (actor && !AuditActor.safeParse(actor).success) problems.actor = ACTOR_RULE;
  if (draft.from && !startOfLocalDay(draft.from)) problems.from = 'Enter a real date.';
  if (draft.to && !startOfLocalDay(draft.to)) problems.to = 'Enter a real date.';
  if (!problems.from && !problems.to && draft.from && draft.to && draft.to < draft.from) {
    problems.to = 'The end date is before the start date.';
  }
  return problems;
}

export const hasFilters = (draft: AuditFilterDraft): boolean =>
  (Object.keys(EMPTY_FILTERS) as (keyof AuditFilterDraft)[]).some((k) => draft[k].trim() !== '');

/** "Showing 101–200 of 250". */
export function pageRange(offset: number, shown: number, total: number): string {
  if (shown === 0) return `Showing 0 of ${total.toLocaleString()}`;
  return `Showing ${(offset + 1).toLocaleString()}–${(offset + shown).toLocaleString()} of ${total.toLocaleString()}`;
}

/** Who did it, as the table names them: a user name when the account is known, else the raw actor. */
export function actorName(actor: string, users: ReadonlyMap<string, KnownUser>): { text: string; known: boolean } {
  const user = users.get(actor);
  return user ? { text: user.username, known: true } : { text: actor, known: false };
}

/** The details as compact `key=value` pairs, in the stored (sorted) order. */
export function formatDetails(details: StoredAuditEntry['details']): string {
  if (!details) return '';
  return Object.entries(details)
    .map(([k, v]) => `${k}=${v === null ? 'null' : String(v)}`)
    .join(' ');
}

/** `audit-2026-03-01.csv`, after the local date of the export. */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `audit-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}

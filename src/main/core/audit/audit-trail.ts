// Owns the tamper-evident audit trail: appending entries chained by HMAC-SHA256 under the
// audit-chain key, paging and exporting them, and verifying the whole chain. The exact bytes are in
// docs/formats/audit-chain.md. Entries hold ids and codes only, never secrets or personal data.
import {
  AuditEntryInput,
  AuditExportFilter,
  AuditFilter,
  type AuditEntry,
  type AuditVerifyResult,
} from '../../../shared/domain';
import { constantTimeEqual } from '../crypto';
import {
  type AuditRow,
  type AuditRowFilter,
  auditLogExists,
  auditRowsPage,
  countAuditRows,
  insertAuditRow,
  iterateAuditRows,
  lastAuditRow,
  type ReadableDb,
  readAuditHead,
  transaction,
  type WritableDb,
  writeAuditHead,
} from '../store';
import { AuditChainBrokenError, AuditEntryInvalidError, AuditFilterInvalidError } from './errors';
import { assertAuditKey, entryMac, GENESIS_PREV_MAC } from './internal/chain-bytes';
import { csvLine } from './internal/csv';
import { decodeHead, encodeHead } from './internal/head';
import { verifyChain } from './internal/verify-chain';

export interface AuditTrailDeps {
  writer: () => WritableDb;
  reader: () => ReadableDb;
  /**
   * A fresh copy of the 32-byte audit-chain key on every call — `() => vault.derive('auditChainKey')`.
   * The trail zeroes it after each use, so never hand out a buffer you keep.
   */
  key: () => Buffer;
  now?: () => Date;
}

export interface AuditTrail {
  /**
   * Appends one entry. Inside a caller's transaction it joins it (a savepoint), so the entry commits
   * or rolls back with the action it records. Throws AuditEntryInvalidError for an entry outside the
   * schema and AuditChainBrokenError when the log does not end at its recorded head.
   * @example trail.record({ actor: userId, action: 'person.view', target: personId, outcome: 'success' });
   */
  record(entry: AuditEntryInput): AuditEntry;
  /** A page of matching entries, newest first (limit ≤ 1000, default 100). */
  list(filter?: AuditFilter): AuditEntry[];
  /** How many entries match (for paging). */
  count(filter?: AuditExportFilter): number;
  /** Walks every entry in seq order in constant memory; reports the first problem. */
  verify(): AuditVerifyResult;
  /** Every matching entry, oldest first, as RFC 4180 CSV with formula injection neutralised. */
  exportCsv(filter?: AuditExportFilter): string;
}

export const AUDIT_CSV_COLUMNS = ['seq', 'at', 'actor', 'action', 'target', 'outcome', 'details', 'prev_mac', 'mac'] as const;

const DEFAULT_PAGE = 100;

const issues = (e: { issues: { path: PropertyKey[]; message: string }[] }) =>
  e.issues.map((i) => `${i.path.map(String).join('.') || '(entry)'}: ${i.message}`).join('; ');

// Sorted keys: the stored text, which is what the MAC covers, does not depend on insertion order.
const canonicalDetails = (d: Record<string, unknown>): string =>
  JSON.stringify(Object.fromEntries(Object.entries(d).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));

function parseDetails(text: string | null): AuditEntry['details'] {
  if (text === null) return null;
  try {
    return JSON.parse(text) as AuditEntry['details'];
  } catch {
    return null;
  }
}

// Rows are shown as stored, unvalidated: a tampered row must stay visible, and verify() reports it.
const toEntry = (r: AuditRow): AuditEntry => ({
  seq: r.seq,
  at: r.at,
  actor: r.actor,
  action: r.action as AuditEntry['action'],
  target: r.target,
  outcome: r.outcome as AuditEntry['outcome'],
  details: parseDetails(r.details),
  mac: Buffer.isBuffer(r.mac) ? r.mac.toString('hex') : '',
});

function rowFilter(input: unknown, schema: typeof AuditExportFilter | typeof AuditFilter): AuditRowFilter & { limit?: number; offset?: number } {
  const parsed = schema.safeParse(input ?? {});
  if (!parsed.success) throw new AuditFilterInvalidError(issues(parsed.error));
  const f = parsed.data as AuditFilter;
  // Stored times are toISOString() text, so normalised bounds compare chronologically as text.
  const iso = (s: string | undefined) => (s === undefined ? undefined : new Date(s).toISOString());
  return { ...f, from: iso(f.from), to: iso(f.to) };
}

/** @example const audit = createAuditTrail({ writer: ws.writer, reader: ws.reader, key: () => ws.vault.derive('auditChainKey') }); */
export function createAuditTrail(deps: AuditTrailDeps): AuditTrail {
  const now = deps.now ?? (() => new Date());

  function withKey<T>(fn: (key: Buffer) => T): T {
    const key = deps.key();
    try {
      assertAuditKey(key);
      return fn(key);
    } finally {
      if (key instanceof Uint8Array) key.fill(0);
    }
  }

  return {
    record(input) {
      const parsed = AuditEntryInput.safeParse(input);
      if (!parsed.success) throw new AuditEntryInvalidError(issues(parsed.error));
      const e = parsed.data;
      const db = deps.writer();
      return withKey((key) =>
        transaction(db, () => {
          const last = lastAuditRow(db);
          const head = decodeHead(key, readAuditHead(db));
          // Appending would write a fresh, valid head over the evidence of a cut-off tail.
          if (last === undefined ? head.state !== 'absent' : head.state !== 'ok' || head.seq !== last.seq || !constantTimeEqual(head.mac, last.mac)) {
            throw new AuditChainBrokenError(`log ends at seq ${last?.seq ?? 0}; recorded head is ${head.state === 'ok' ? `seq ${head.seq}` : head.state}`);
          }
          const fields = {
            seq: (last?.seq ?? 0) + 1,
            at: now().toISOString(),
            actor: e.actor,
            action: e.action,
            target: e.target ?? null,
            outcome: e.outcome,
            details: e.details ? canonicalDetails(e.details) : null,
          };
          const prevMac = last ? Buffer.from(last.mac) : Buffer.from(GENESIS_PREV_MAC);
          const row: AuditRow = { ...fields, prev_mac: prevMac, mac: entryMac(key, prevMac, fields) };
          insertAuditRow(db, row);
          writeAuditHead(db, encodeHead(key, row.seq, row.mac));
          return toEntry(row);
        }),
      );
    },

    list(filter) {
      const f = rowFilter(filter, AuditFilter);
      return auditRowsPage(deps.reader(), f, f.limit ?? DEFAULT_PAGE, f.offset ?? 0).map(toEntry);
    },

    count(filter) {
      return countAuditRows(deps.reader(), rowFilter(filter, AuditExportFilter));
    },

    verify() {
      const db = deps.reader();
      return withKey((key) =>
        // One read transaction: the head and the rows are the same snapshot.
        db.transaction(() => {
          const head = decodeHead(key, readAuditHead(db));
          // The table itself was dropped: every entry is gone.
          if (!auditLogExists(db)) return { valid: false, entries: 0, firstBadSeq: 1, problem: 'truncated' as const };
          return verifyChain(key, iterateAuditRows(db), head);
        })(),
      );
    },

    exportCsv(filter) {
      const f = rowFilter(filter, AuditExportFilter);
      let out = csvLine(AUDIT_CSV_COLUMNS);
      for (const r of iterateAuditRows(deps.reader(), f)) {
        const hex = (b: unknown) => (Buffer.isBuffer(b) ? b.toString('hex') : '');
        out += csvLine([r.seq, r.at, r.actor, r.action, r.target, r.outcome, r.details, hex(r.prev_mac), hex(r.mac)]);
      }
      return out;
    },
  };
}

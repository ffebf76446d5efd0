// Owns SQL over the audit_log table and the chain head it keeps in store_meta. Rows are only ever
// inserted (the table's triggers refuse UPDATE and DELETE); reads come as pages, as a count, or as
// an iterator in seq order so a chain of any length is walked in constant memory.
import { all, one, type ReadableDb, run, type WritableDb } from '../db-access';
import { sql, type SqlQuery } from '../sql';

export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  target: string | null;
  outcome: string;
  details: string | null;
  prev_mac: Buffer;
  mac: Buffer;
}

/** Narrowing conditions; `from` and `to` are ISO 8601 UTC strings compared as text (inclusive, exclusive). */
export interface AuditRowFilter {
  actor?: string | undefined;
  action?: string | undefined;
  target?: string | undefined;
  outcome?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** The store_meta key holding the chain head (docs/formats/audit-chain.md). */
export const AUDIT_HEAD_META_KEY = 'audit.head';

export const insertAuditRow = (db: WritableDb, r: AuditRow) =>
  run(
    db,
    sql`INSERT INTO audit_log (seq, at, actor, action, target, outcome, details, prev_mac, mac)
        VALUES (${r.seq}, ${r.at}, ${r.actor}, ${r.action}, ${r.target}, ${r.outcome}, ${r.details}, ${r.prev_mac}, ${r.mac})`,
  );

export const lastAuditRow = (db: ReadableDb) =>
  one<Pick<AuditRow, 'seq' | 'mac'>>(db, sql`SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1`);

export const auditLogExists = (db: ReadableDb) =>
  one<{ found: number }>(db, sql`SELECT 1 AS found FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'`) !== undefined;

export const readAuditHead = (db: ReadableDb) =>
  one<{ value: string }>(db, sql`SELECT value FROM store_meta WHERE key = ${AUDIT_HEAD_META_KEY}`)?.value;

export const writeAuditHead = (db: WritableDb, value: string) =>
  run(
    db,
    sql`INSERT INTO store_meta (key, value) VALUES (${AUDIT_HEAD_META_KEY}, ${value})
        ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );

// Joins fragments written with `sql` (so every text piece is a literal and every value a bound
// parameter) into one WHERE clause; an empty filter matches every row.
function where(f: AuditRowFilter): SqlQuery {
  const parts: SqlQuery[] = [];
  if (f.actor !== undefined) parts.push(sql`actor = ${f.actor}`);
  if (f.action !== undefined) parts.push(sql`action = ${f.action}`);
  if (f.target !== undefined) parts.push(sql`target = ${f.target}`);
  if (f.outcome !== undefined) parts.push(sql`outcome = ${f.outcome}`);
  if (f.from !== undefined) parts.push(sql`at >= ${f.from}`);
  if (f.to !== undefined) parts.push(sql`at < ${f.to}`);
  if (parts.length === 0) return sql`1`;
  return { text: parts.map((p) => p.text).join(' AND '), params: parts.flatMap((p) => p.params) };
}

const append = (a: SqlQuery, b: SqlQuery, c: SqlQuery): SqlQuery => ({ text: a.text + b.text + c.text, params: [...a.params, ...b.params, ...c.params] });

/** One page, newest first. */
export const auditRowsPage = (db: ReadableDb, f: AuditRowFilter, limit: number, offset: number) =>
  all<AuditRow>(db, append(sql`SELECT * FROM audit_log WHERE `, where(f), sql` ORDER BY seq DESC LIMIT ${limit} OFFSET ${offset}`));

export const countAuditRows = (db: ReadableDb, f: AuditRowFilter) =>
  one<{ n: number }>(db, append(sql`SELECT count(*) AS n FROM audit_log WHERE `, where(f), sql``))!.n;

/** Every matching row in seq order, one at a time (the statement is busy until the iterator ends). */
export function iterateAuditRows(db: ReadableDb, f: AuditRowFilter = {}): IterableIterator<AuditRow> {
  const q = append(sql`SELECT * FROM audit_log WHERE `, where(f), sql` ORDER BY seq`);
  return db.prepare(q.text).iterate(...q.params) as IterableIterator<AuditRow>;
}

// Owns the SQL the re-encryption job runs over one registered table. Table and column names come
// only from the static registry and are asserted with identifier() before they reach SQL text;
// every value is a bound parameter. Rows are addressed by rowid (every registered table has one),
// so tables with composite keys need no special case.
import { identifier, type SqlQuery } from '../../store';
import type { EncryptedTable } from '../encrypted-columns';

export interface TableSql {
  /** Up to `limit` rows of the scope sealed before `target`. Params: [scope?, target, limit]. */
  stale(scopeId: string, target: number, limit: number): SqlQuery;
  /** Rows of the scope, and rows already at (or past) `target`. */
  total(scopeId: string): SqlQuery;
  current(scopeId: string, target: number): SqlQuery;
  /** Replaces envelopes and blind indexes, only if the row is still at the version it was read at. */
  update(values: readonly unknown[], target: number, rowid: number, readAt: number): SqlQuery;
}

const quoted = (name: string) => {
  identifier(name); // throws on anything but a plain lower-case name
  return `"${name}"`;
};

export function tableSql(t: EncryptedTable): TableSql {
  const table = quoted(t.table);
  const scopeColumn = 'column' in t.scope ? quoted(t.scope.column) : null;
  const scoped = scopeColumn !== null;
  const where = scoped ? `${scopeColumn} = ? AND ` : '';
  const scopeParams = (scopeId: string) => (scoped ? [scopeId] : []);
  const readColumns = ['rowid AS "rowid"', 'key_version', ...t.rowId.columns.map(quoted), ...t.fields.map((f) => quoted(f.column))].join(', ');
  const setColumns = [...t.fields.map((f) => f.column), ...t.blindIndexes.map((b) => b.column)].map((c) => `${quoted(c)} = ?`).join(', ');

  const staleText = `SELECT ${readColumns} FROM ${table} WHERE ${where}key_version < ? LIMIT ?`;
  const totalText = `SELECT count(*) AS n FROM ${table}${scoped ? ` WHERE ${scopeColumn} = ?` : ''}`;
  const currentText = `SELECT count(*) AS n FROM ${table} WHERE ${where}key_version >= ?`;
  const updateText = `UPDATE ${table} SET ${setColumns}, key_version = ? WHERE rowid = ? AND key_version = ?`;
  return {
    stale: (scopeId, target, limit) => ({ text: staleText, params: [...scopeParams(scopeId), target, limit] }),
    total: (scopeId) => ({ text: totalText, params: scopeParams(scopeId) }),
    current: (scopeId, target) => ({ text: currentText, params: [...scopeParams(scopeId), target] }),
    update: (values, target, rowid, readAt) => ({ text: updateText, params: [...values, target, rowid, readAt] }),
  };
}

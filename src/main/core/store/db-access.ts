// Owns read/write in the type (STYLE 5): every query takes a ReadableDb or WritableDb first, so a
// function that mutates cannot be handed a read-only connection by mistake. Prepared statements
// are cached per connection and SQL text.
import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import type { SqlQuery } from './sql';

declare const readableBrand: unique symbol;
declare const writableBrand: unique symbol;

export type ReadableDb = Database & { readonly [readableBrand]: true };
export type WritableDb = ReadableDb & { readonly [writableBrand]: true };

export const asReadable = (db: Database): ReadableDb => db as ReadableDb;
export const asWritable = (db: Database): WritableDb => db as WritableDb;

const statements = new WeakMap<Database, Map<string, Statement>>();

function prepared(db: Database, text: string): Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let stmt = cache.get(text);
  if (!stmt) {
    stmt = db.prepare(text);
    cache.set(text, stmt);
  }
  return stmt;
}

export function all<T>(db: ReadableDb, q: SqlQuery): T[] {
  return prepared(db, q.text).all(...q.params) as T[];
}

export function one<T>(db: ReadableDb, q: SqlQuery): T | undefined {
  return prepared(db, q.text).get(...q.params) as T | undefined;
}

export function run(db: WritableDb, q: SqlQuery): { changes: number } {
  const r = prepared(db, q.text).run(...q.params);
  return { changes: r.changes };
}

/** Runs `fn` in one transaction (BEGIN IMMEDIATE: the write lock is taken up front). */
export function transaction<T>(db: WritableDb, fn: () => T): T {
  return db.transaction(fn).immediate();
}

// Test support for the audit trail: a real encrypted store in a temp dir with a random audit key,
// a clock that advances one minute per entry, and raw access for playing the attacker.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { afterEach } from 'vitest';
import { createAuditTrail } from '../../../../../src/main/core/audit';
import { asReadable, asWritable, migrate, openStore } from '../../../../../src/main/core/store';
import { useTempDirs } from '../../../../support/temp-dir';

export const START = Date.parse('2026-03-01T08:00:00.000Z');
export const USER_A = '0b6a4f5e-2c1d-4e8f-9a7b-3c2d1e0f9a8b';
export const USER_B = '7d9c8b7a-6e5f-4d3c-8b2a-1f0e9d8c7b6a';
export const PERSON = 'c3d2e1f0-a9b8-4c7d-8e6f-5a4b3c2d1e0f';

export function useAuditStores() {
  const tempDir = useTempDirs();
  const open: Database[] = [];
  afterEach(() => {
    for (const db of open.splice(0)) if (db.open) db.close();
  });
  return (opts: { key?: Buffer } = {}) => {
    const db = openStore(path.join(tempDir(), 'store.db'), randomBytes(32));
    open.push(db);
    migrate(db, 'test');
    const key = opts.key ?? randomBytes(32);
    let t = START;
    const trail = createAuditTrail({
      writer: () => asWritable(db),
      reader: () => asReadable(db),
      key: () => Buffer.from(key),
      now: () => new Date((t += 60_000)),
    });
    return { db, key, trail };
  };
}

/** Plays an attacker holding the database key: the append-only triggers are dropped first. */
export function tamper(db: Database, statement: string, ...params: unknown[]): void {
  db.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete; DROP TRIGGER IF EXISTS audit_log_next_seq;');
  db.prepare(statement).run(...params);
}

export const codeOf = (fn: () => unknown): string => {
  try {
    fn();
    return 'no error';
  } catch (e) {
    return (e as { code?: string }).code ?? `no code: ${String(e)}`;
  }
};

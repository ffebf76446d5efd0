// Test support for managed keys: a real encrypted store, migrated, and a keys service whose KEKs
// are HKDF-derived from a random master key the way the vault derives them.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { deriveKey } from '../../../../../src/main/core/crypto';
import { createKeysService, type KeyCaller, type KeysServiceDeps } from '../../../../../src/main/core/keys';
import { asReadable, asWritable, migrate, openStore } from '../../../../../src/main/core/store';

export const ADMIN_ID = '7d0c3c52-4f3e-4d38-9a59-2f0f5c1f6a01';
export const COORDINATOR_ID = '0b7c2f6e-95a4-4e7a-9f31-6d3c1b2e8a02';
export const ADMIN: KeyCaller = { kind: 'user', userId: ADMIN_ID, role: 'admin' };
export const COORDINATOR: KeyCaller = { kind: 'user', userId: COORDINATOR_ID, role: 'coordinator' };
export const BACKUP_SERVICE: KeyCaller = { kind: 'application', component: 'backup' };

export function keysFixture(dir: string, opts: Partial<KeysServiceDeps> = {}) {
  const file = path.join(dir, 'store.db');
  const db = openStore(file, randomBytes(32));
  migrate(db, 'test');
  const mk = randomBytes(32);
  const salt = randomBytes(16);
  const kek = (version: number) => deriveKey(mk, salt, 'keyEncryptionKey', `v${version}`);
  let clock = new Date('2026-03-01T12:00:00.000Z');
  const keys = createKeysService({ reader: () => asReadable(db), writer: () => asWritable(db), kek, now: () => clock, ...opts });
  return {
    db,
    file,
    kek,
    keys,
    advanceDays(days: number) {
      clock = new Date(clock.getTime() + days * 86_400_000);
    },
    now: () => clock,
  };
}

// Owns the session-signing keys: random HS256 secrets stored wrapped under a key-encryption key
// derived from the vault, named by `kid`. A retired key still verifies until its grace ends, so a
// rotation never signs anyone out. The rotation service (core/rotation) decides when to rotate and
// re-wraps these keys when the key-encryption key itself rotates.
import { createSecretKey, type KeyObject, randomBytes, randomUUID } from 'node:crypto';
import { unwrapKey, wrapKey } from '../../crypto';
import { insertSigningKey, type ReadableDb, retireSigningKey, rewrapSigningKeyRow, signingKeys, transaction, type WritableDb } from '../../store';

export interface SigningKey {
  kid: string;
  /** Imported once: jose verifies ~3× faster with a KeyObject than with raw bytes (test/bench/login). */
  key: KeyObject;
}

export interface SigningKeyRotation {
  /** The key that signs from now on. */
  kid: string;
  /** The keys that stopped signing; they verify until graceEndsAt. */
  retiredKids: string[];
  graceEndsAt: string;
}

export interface SigningKeyStore {
  active(): SigningKey;
  forKid(kid: string): SigningKey | null;
  /** When the key that signs now was made (null before the first token was ever signed). */
  activeSince(): string | null;
  /** A new key signs from now on; the old one verifies for `graceMs` more (one transaction). */
  rotate(graceMs: number): SigningKeyRotation;
  clear(): void;
}

/**
 * Re-wraps every signing key from one KEK to the next. Call inside the caller's transaction (the
 * KEK rotation), so either every row moves or none does.
 */
export function rewrapSigningKeys(db: WritableDb, fromKek: Uint8Array, toKek: Uint8Array): number {
  const rows = signingKeys(db);
  for (const row of rows) {
    const raw = unwrapKey(fromKek, row.key_wrapped, aad(row.kid));
    try {
      rewrapSigningKeyRow(db, row.kid, wrapKey(toKek, raw, aad(row.kid)));
    } finally {
      raw.fill(0);
    }
  }
  return rows.length;
}

const aad = (kid: string) => Buffer.from(`signing_keys|${kid}`, 'utf8');

export function createSigningKeyStore(deps: { reader: () => ReadableDb; writer: () => WritableDb; kek: () => Buffer; now: () => Date }): SigningKeyStore {
  const cache = new Map<string, SigningKey>();
  const unwrap = (kid: string, wrapped: Buffer): SigningKey => {
    const hit = cache.get(kid);
    if (hit) return hit;
    const kek = deps.kek();
    try {
      const raw = unwrapKey(kek, wrapped, aad(kid));
      const key = { kid, key: createSecretKey(raw) };
      raw.fill(0);
      cache.set(kid, key);
      return key;
    } finally {
      kek.fill(0);
    }
  };
  /** Inserts a new signing key (wrapped under the current KEK) and caches it. */
  const insertNew = (db: WritableDb): SigningKey => {
    const kid = randomUUID();
    const secret = randomBytes(32);
    const kek = deps.kek();
    try {
      insertSigningKey(db, {
        kid,
        alg: 'HS256',
        key_wrapped: wrapKey(kek, secret, aad(kid)),
        created_at: deps.now().toISOString(),
        retired_at: null,
        verify_until: null,
      });
      return { kid, key: createSecretKey(secret) };
    } finally {
      kek.fill(0);
      secret.fill(0);
    }
  };
  const current = () => signingKeys(deps.reader()).filter((k) => !k.retired_at).at(-1);
  return {
    active() {
      const row = current();
      if (row) return unwrap(row.kid, row.key_wrapped);
      const key = insertNew(deps.writer());
      cache.set(key.kid, key);
      return key;
    },
    activeSince: () => current()?.created_at ?? null,
    rotate(graceMs) {
      if (!Number.isFinite(graceMs) || graceMs < 0) throw new RangeError('grace must be a non-negative number of milliseconds');
      const db = deps.writer();
      const at = deps.now();
      const graceEndsAt = new Date(at.getTime() + graceMs).toISOString();
      const { key, retiredKids } = transaction(db, () => {
        const retired = signingKeys(db).filter((k) => !k.retired_at);
        for (const k of retired) retireSigningKey(db, k.kid, at.toISOString(), graceEndsAt);
        return { key: insertNew(db), retiredKids: retired.map((k) => k.kid) };
      });
      cache.set(key.kid, key);
      return { kid: key.kid, retiredKids, graceEndsAt };
    },
    forKid(kid) {
      const row = signingKeys(deps.reader()).find((k) => k.kid === kid);
      if (!row) return null;
      if (row.retired_at && (!row.verify_until || row.verify_until < deps.now().toISOString())) return null;
      return unwrap(row.kid, row.key_wrapped);
    },
    clear() {
      cache.clear();
    },
  };
}

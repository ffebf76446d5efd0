// Owns the session-signing keys: random HS256 secrets stored wrapped under a key-encryption key
// derived from the vault, named by `kid`. A retired key still verifies until its grace ends, so a
// rotation never signs anyone out. (Key management and scheduled rotation arrive with issue 6.)
import { createSecretKey, type KeyObject, randomBytes, randomUUID } from 'node:crypto';
import { unwrapKey, wrapKey } from '../../crypto';
import { insertSigningKey, type ReadableDb, signingKeys, type WritableDb } from '../../store';

export interface SigningKey {
  kid: string;
  /** Imported once: jose verifies ~3× faster with a KeyObject than with raw bytes (test/bench/login). */
  key: KeyObject;
}

export interface SigningKeyStore {
  active(): SigningKey;
  forKid(kid: string): SigningKey | null;
  clear(): void;
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
  return {
    active() {
      const current = signingKeys(deps.reader()).filter((k) => !k.retired_at).at(-1);
      if (current) return unwrap(current.kid, current.key_wrapped);
      const kid = randomUUID();
      const secret = randomBytes(32);
      const kek = deps.kek();
      try {
        insertSigningKey(deps.writer(), {
          kid,
          alg: 'HS256',
          key_wrapped: wrapKey(kek, secret, aad(kid)),
          created_at: deps.now().toISOString(),
          retired_at: null,
          verify_until: null,
        });
      } finally {
        kek.fill(0);
      }
      const key = { kid, key: createSecretKey(secret) };
      secret.fill(0);
      cache.set(kid, key);
      return key;
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

// Owns SQL over session token state: refresh-token families, revoked token ids, signing keys.
import { all, one, type ReadableDb, run, type WritableDb } from '../db-access';
import { sql } from '../sql';

export interface RefreshFamilyRow {
  family_id: string;
  user_id: string;
  current_jti: string;
  revoked: 0 | 1;
  created_at: string;
  expires_at: string;
}

export interface SigningKeyRow {
  kid: string;
  alg: string;
  key_wrapped: Buffer;
  created_at: string;
  retired_at: string | null;
  verify_until: string | null;
}

export const insertFamily = (db: WritableDb, r: RefreshFamilyRow) =>
  run(db, sql`INSERT INTO refresh_families VALUES (${r.family_id}, ${r.user_id}, ${r.current_jti}, ${r.revoked}, ${r.created_at}, ${r.expires_at})`);
export const familyById = (db: ReadableDb, id: string) => one<RefreshFamilyRow>(db, sql`SELECT * FROM refresh_families WHERE family_id = ${id}`);
export const rotateFamily = (db: WritableDb, id: string, fromJti: string, toJti: string) =>
  run(db, sql`UPDATE refresh_families SET current_jti = ${toJti} WHERE family_id = ${id} AND current_jti = ${fromJti} AND revoked = 0`);
export const revokeFamily = (db: WritableDb, id: string) => run(db, sql`UPDATE refresh_families SET revoked = 1 WHERE family_id = ${id}`);
export const revokeFamiliesOfUser = (db: WritableDb, userId: string) => run(db, sql`UPDATE refresh_families SET revoked = 1 WHERE user_id = ${userId}`);

export const revokeJti = (db: WritableDb, jti: string, expiresAt: string) =>
  run(db, sql`INSERT OR IGNORE INTO revoked_tokens (jti, expires_at) VALUES (${jti}, ${expiresAt})`);
export const isJtiRevoked = (db: ReadableDb, jti: string) => one<{ jti: string }>(db, sql`SELECT jti FROM revoked_tokens WHERE jti = ${jti}`) !== undefined;
export const pruneRevoked = (db: WritableDb, now: string) => run(db, sql`DELETE FROM revoked_tokens WHERE expires_at < ${now}`);

export const insertSigningKey = (db: WritableDb, r: SigningKeyRow) =>
  run(db, sql`INSERT INTO signing_keys VALUES (${r.kid}, ${r.alg}, ${r.key_wrapped}, ${r.created_at}, ${r.retired_at}, ${r.verify_until})`);
export const signingKeys = (db: ReadableDb) => all<SigningKeyRow>(db, sql`SELECT * FROM signing_keys ORDER BY created_at`);
/** Rotation: the key stops signing now and verifies until `verifyUntil` (grace). */
export const retireSigningKey = (db: WritableDb, kid: string, retiredAt: string, verifyUntil: string) =>
  run(db, sql`UPDATE signing_keys SET retired_at = ${retiredAt}, verify_until = ${verifyUntil} WHERE kid = ${kid} AND retired_at IS NULL`);
/** KEK rotation: the same key, wrapped under the next key-encryption key. */
export const rewrapSigningKeyRow = (db: WritableDb, kid: string, keyWrapped: Buffer) =>
  run(db, sql`UPDATE signing_keys SET key_wrapped = ${keyWrapped} WHERE kid = ${kid}`);

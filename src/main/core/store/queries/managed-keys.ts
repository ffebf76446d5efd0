// Owns SQL over the managed_keys table and the KEK version managed keys are wrapped under (kept in
// store_meta). Material is stored as the provider hands it over; this module never looks inside.
import { all, one, type ReadableDb, run, type WritableDb } from '../db-access';
import { sql } from '../sql';

export interface ManagedKeyRow {
  id: string;
  name: string;
  description: string;
  type: string;
  purpose: string;
  status: string;
  version: number;
  previous_id: string | null;
  next_id: string | null;
  provider: string;
  material: Buffer | null;
  kek_version: number;
  public_key: Buffer | null;
  policy: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  expires_at: string | null;
  rotation_days: number | null;
  next_rotation_at: string | null;
  revoked_at: string | null;
  revocation_reason: string | null;
  revocation_comment: string | null;
  deletion_due_at: string | null;
  deleted_at: string | null;
  last_backup_at: string | null;
  last_backup_id: string | null;
}

export interface ManagedKeyFilter {
  status?: string | undefined;
  purpose?: string | undefined;
  type?: string | undefined;
  includeDeleted?: boolean | undefined;
}

/** The store_meta key holding the version of the KEK new managed keys are wrapped under. */
export const MANAGED_KEYS_KEK_META_KEY = 'managed_keys.kek_version';

export const insertManagedKey = (db: WritableDb, r: ManagedKeyRow) =>
  run(
    db,
    sql`INSERT INTO managed_keys (id, name, description, type, purpose, status, version, previous_id, next_id, provider, material, kek_version,
          public_key, policy, created_at, created_by, updated_at, expires_at, rotation_days, next_rotation_at, revoked_at, revocation_reason,
          revocation_comment, deletion_due_at, deleted_at, last_backup_at, last_backup_id)
        VALUES (${r.id}, ${r.name}, ${r.description}, ${r.type}, ${r.purpose}, ${r.status}, ${r.version}, ${r.previous_id}, ${r.next_id},
          ${r.provider}, ${r.material}, ${r.kek_version}, ${r.public_key}, ${r.policy}, ${r.created_at}, ${r.created_by}, ${r.updated_at},
          ${r.expires_at}, ${r.rotation_days}, ${r.next_rotation_at}, ${r.revoked_at}, ${r.revocation_reason}, ${r.revocation_comment},
          ${r.deletion_due_at}, ${r.deleted_at}, ${r.last_backup_at}, ${r.last_backup_id})`,
  );

/** Writes back every mutable column of a row read earlier (one statement; callers batch in a transaction). */
export const updateManagedKey = (db: WritableDb, r: ManagedKeyRow) =>
  run(
    db,
    sql`UPDATE managed_keys SET description = ${r.description}, status = ${r.status}, next_id = ${r.next_id}, material = ${r.material},
          kek_version = ${r.kek_version}, policy = ${r.policy}, updated_at = ${r.updated_at}, expires_at = ${r.expires_at},
          rotation_days = ${r.rotation_days}, next_rotation_at = ${r.next_rotation_at}, revoked_at = ${r.revoked_at},
          revocation_reason = ${r.revocation_reason}, revocation_comment = ${r.revocation_comment}, deletion_due_at = ${r.deletion_due_at},
          deleted_at = ${r.deleted_at}, last_backup_at = ${r.last_backup_at}, last_backup_id = ${r.last_backup_id}
        WHERE id = ${r.id}`,
  );

export const managedKeyById = (db: ReadableDb, id: string) => one<ManagedKeyRow>(db, sql`SELECT * FROM managed_keys WHERE id = ${id}`);

export const liveKeyNamed = (db: ReadableDb, name: string) =>
  one<ManagedKeyRow>(db, sql`SELECT * FROM managed_keys WHERE name = ${name} AND status <> 'deleted' LIMIT 1`);

export const listManagedKeys = (db: ReadableDb, f: ManagedKeyFilter = {}) =>
  all<ManagedKeyRow>(
    db,
    sql`SELECT * FROM managed_keys
        WHERE (${f.status ?? null} IS NULL OR status = ${f.status ?? null})
          AND (${f.purpose ?? null} IS NULL OR purpose = ${f.purpose ?? null})
          AND (${f.type ?? null} IS NULL OR type = ${f.type ?? null})
          AND (${f.includeDeleted ? 1 : 0} = 1 OR status <> 'deleted')
        ORDER BY name, version`,
  );

/** Every key whose material is still held (not deleted): what a KEK rewrap must touch. */
export const keysWithMaterial = (db: ReadableDb) => all<ManagedKeyRow>(db, sql`SELECT * FROM managed_keys WHERE material IS NOT NULL ORDER BY id`);

export const readManagedKeysKekVersion = (db: ReadableDb): number => {
  const v = one<{ value: string }>(db, sql`SELECT value FROM store_meta WHERE key = ${MANAGED_KEYS_KEK_META_KEY}`)?.value;
  return v === undefined ? 1 : Number(v);
};

export const writeManagedKeysKekVersion = (db: WritableDb, version: number) =>
  run(
    db,
    sql`INSERT INTO store_meta (key, value) VALUES (${MANAGED_KEYS_KEK_META_KEY}, ${String(version)})
        ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );

/** Replaces a key's sealed material after a KEK rotation (only the columns a rewrap changes). */
export const rewrapManagedKeyMaterial = (db: WritableDb, id: string, material: Buffer, kekVersion: number, at: string) =>
  run(db, sql`UPDATE managed_keys SET material = ${material}, kek_version = ${kekVersion}, updated_at = ${at} WHERE id = ${id} AND material IS NOT NULL`);

/** Records that a backup included this key (the newest backup wins). */
export const markKeyBackedUp = (db: WritableDb, id: string, backupId: string, at: string) =>
  run(db, sql`UPDATE managed_keys SET last_backup_at = ${at}, last_backup_id = ${backupId} WHERE id = ${id} AND material IS NOT NULL`);

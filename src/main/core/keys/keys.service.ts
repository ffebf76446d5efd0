// Owns managed keys: generating them through a provider, their lifecycle and version chain, their
// access policies, every use (logged with its outcome), public-key export, and re-sealing all
// material when the key-encryption key rotates. Material never leaves this capability except as
// the result of a use; views carry metadata only.
import { randomUUID } from 'node:crypto';
import {
  KeyGenerateInput,
  type KeyListFilter,
  keyOperations,
  type KeyOperation,
  type KeyPolicy,
  type KeyUsageEntry,
  type ManagedKey,
  type PublicKeyExport,
  type RevocationReason,
} from '../../../shared/domain';
import {
  insertManagedKey,
  keysWithMaterial,
  listManagedKeys,
  liveKeyNamed,
  type ManagedKeyRow,
  managedKeyById,
  markKeyBackedUp,
  type ReadableDb,
  readManagedKeysKekVersion,
  rewrapManagedKeyMaterial,
  transaction,
  updateManagedKey,
  type WritableDb,
  writeManagedKeysKekVersion,
} from '../store';
import {
  InvalidKeyTransitionError,
  KeyAccessDeniedError,
  KeyConfirmationRequiredError,
  KeyNameTakenError,
  KeyNotFoundError,
  UnsupportedKeyOperationError,
} from './errors';
import { toManagedKey } from './internal/key-view';
import { exportPublicKey } from './internal/public-export';
import { assertTransition, assertUsable, effectiveStatus } from './key-lifecycle';
import { callerLabel, type KeyCaller, policyAllows } from './key-policy';
import { createKeyUsageLog, outcomeOf } from './key-usage';
import type { Kek, KeyProvider, SignatureAlgorithm, StoredKey } from './provider';
import { createSoftwareProvider } from './software-provider';

const DAY_MS = 86_400_000;
/** Default time a deleted key stays recoverable (pending deletion) before its material is destroyed. */
export const DEFAULT_DELETION_GRACE_DAYS = 7;

export interface KeysServiceDeps {
  reader: () => ReadableDb;
  writer: () => WritableDb;
  /** The KEK of one version, freshly derived; the service zeroes it after use. */
  kek: (version: number) => Buffer;
  /** The first is where new keys are made. Default: the software provider alone. */
  providers?: readonly KeyProvider[];
  now?: () => Date;
  deletionGraceDays?: number;
}

export interface KeysService {
  list(filter?: KeyListFilter): ManagedKey[];
  get(id: string): ManagedKey;
  /** The whole version chain of a key, oldest first. */
  versions(id: string): ManagedKey[];
  usage(id: string, limit: number): KeyUsageEntry[];
  generate(input: KeyGenerateInput, actor: string): Promise<ManagedKey>;
  /** A new version becomes active; this one becomes rotating, or inactive with `retire`. */
  rotateKey(id: string, opts: { actor: string; retire?: boolean }): Promise<{ previous: ManagedKey; current: ManagedKey }>;
  revoke(id: string, reason: RevocationReason, comment?: string): ManagedKey;
  setStatus(id: string, status: 'active' | 'inactive' | 'expired'): ManagedKey;
  /** Only inactive keys, or revoked ones with `force`; `confirmName` must be the key's name. */
  deleteKey(id: string, opts: { confirmName: string; force?: boolean }): Promise<ManagedKey>;
  cancelDeletion(id: string): ManagedKey;
  /** Applies to every live version of the key's chain. */
  setPolicy(id: string, policy: KeyPolicy): ManagedKey;
  /** Persists expiry by time and destroys keys whose deletion grace has ended. */
  sweep(): Promise<{ expired: string[]; deleted: string[] }>;
  /** Active keys with auto-rotation whose time has come. */
  dueForRotation(): ManagedKey[];
  encrypt(id: string, caller: KeyCaller, plaintext: Uint8Array, aad?: Uint8Array): Promise<Buffer>;
  decrypt(id: string, caller: KeyCaller, ciphertext: Uint8Array, aad?: Uint8Array): Promise<Buffer>;
  sign(id: string, caller: KeyCaller, data: Uint8Array): Promise<{ alg: SignatureAlgorithm; signature: Buffer }>;
  verify(id: string, caller: KeyCaller, data: Uint8Array, signature: Uint8Array): Promise<boolean>;
  exportPublic(id: string, caller: KeyCaller, format: 'pem' | 'jwk'): Promise<PublicKeyExport>;
  /** The KEK version new keys are wrapped under. */
  kekVersion(): number;
  /** Re-seals every key's material from `fromKek` to `toKek` in one transaction: all or nothing. */
  rewrapAll(fromKek: Uint8Array, toKek: Uint8Array, newKekVersion: number): { rewrapped: number; fromVersion: number; toVersion: number };
  /** Records that a backup included these keys (default: every key with material). */
  recordBackup(backupId: string, keyIds?: readonly string[]): number;
}

const NO_AAD = new Uint8Array(0);

export function createKeysService(deps: KeysServiceDeps): KeysService {
  const providers = deps.providers ?? [createSoftwareProvider()];
  const now = deps.now ?? (() => new Date());
  const graceDays = deps.deletionGraceDays ?? DEFAULT_DELETION_GRACE_DAYS;
  const usage = createKeyUsageLog({ reader: deps.reader, writer: deps.writer, now });

  const providerOf = (name: string): KeyProvider => {
    const p = providers.find((x) => x.name === name);
    if (!p) throw new Error(`managed key provider "${name}" is not available`);
    return p;
  };
  const viewOf = (r: ManagedKeyRow): ManagedKey => {
    const v = toManagedKey(r);
    return { ...v, status: effectiveStatus(v, now()) };
  };
  const rowOf = (db: ReadableDb, id: string): ManagedKeyRow => {
    const r = managedKeyById(db, id);
    if (!r) throw new KeyNotFoundError();
    return r;
  };
  const stored = (r: ManagedKeyRow): StoredKey => ({ id: r.id, version: r.version, type: r.type as ManagedKey['type'], material: r.material!, publicKey: r.public_key });
  async function withKek<T>(version: number, fn: (kek: Kek) => Promise<T> | T): Promise<T> {
    const key = deps.kek(version);
    try {
      return await fn({ version, key });
    } finally {
      key.fill(0);
    }
  }
  const stamp = () => now().toISOString();
  const plusDays = (days: number) => new Date(now().getTime() + days * DAY_MS).toISOString();

  /** Re-reads a row inside a write transaction, applies a status change the table allows, saves it. */
  function change(id: string, mutate: (r: ManagedKeyRow, status: ManagedKey['status']) => ManagedKeyRow): ManagedKey {
    const db = deps.writer();
    return transaction(db, () => {
      const r = rowOf(db, id);
      const next = mutate(r, viewOf(r).status);
      updateManagedKey(db, { ...next, updated_at: stamp() });
      return viewOf(rowOf(db, id));
    });
  }

  function chainOf(db: ReadableDb, id: string): ManagedKeyRow[] {
    let first = rowOf(db, id);
    while (first.previous_id) first = rowOf(db, first.previous_id);
    const chain = [first];
    while (chain.at(-1)!.next_id) chain.push(rowOf(db, chain.at(-1)!.next_id!));
    return chain;
  }

  /** One use of a key: policy, then type, purpose and status, then the provider; logged whatever happens. */
  async function use<T>(id: string, operation: KeyOperation, caller: KeyCaller, run: (r: ManagedKeyRow) => Promise<T> | T, failed?: (t: T) => boolean): Promise<T> {
    const r = rowOf(deps.reader(), id);
    const entry = { keyId: id, operation, caller: callerLabel(caller) };
    try {
      const view = viewOf(r);
      if (!policyAllows(view.policy, caller, operation)) throw new KeyAccessDeniedError(operation);
      assertUsable(view, operation);
      const result = await run(r);
      usage.record({ ...entry, outcome: failed?.(result) ? 'failure' : 'success' });
      return result;
    } catch (e) {
      usage.record({ ...entry, ...outcomeOf(e) });
      throw e;
    }
  }

  /** Inserts a new key row, re-sealing its material first if the KEK moved on while it was generated. */
  function insertFresh(db: WritableDb, row: ManagedKeyRow): void {
    const current = readManagedKeysKekVersion(db);
    if (current !== row.kek_version) {
      const from = deps.kek(row.kek_version);
      const to = deps.kek(current);
      try {
        row.material = providerOf(row.provider).rewrap(stored(row), { version: row.kek_version, key: from }, { version: current, key: to });
        row.kek_version = current;
      } finally {
        from.fill(0);
        to.fill(0);
      }
    }
    insertManagedKey(db, row);
  }

  async function destroyRows(ids: string[]): Promise<string[]> {
    const db = deps.writer();
    const destroyed = transaction(db, () =>
      ids.flatMap((id) => {
        const r = rowOf(db, id);
        if (r.status !== 'pending-deletion') return [];
        assertTransition('pending-deletion', 'deleted');
        updateManagedKey(db, { ...r, status: 'deleted', material: null, deleted_at: stamp(), updated_at: stamp() });
        return [r];
      }),
    );
    // After the commit: a token provider deletes its object only once the store no longer names it.
    for (const r of destroyed) await providerOf(r.provider).destroy(stored(r));
    return destroyed.map((r) => r.id);
  }

  return {
    // Filtered on the effective status: a key past its expiry lists as expired before any sweep.
    list: (filter = {}) => listManagedKeys(deps.reader(), { ...filter, status: undefined, includeDeleted: filter.includeDeleted || filter.status === 'deleted' }).map(viewOf).filter((k) => !filter.status || k.status === filter.status),
    get: (id) => viewOf(rowOf(deps.reader(), id)),
    versions: (id) => chainOf(deps.reader(), id).map(viewOf),
    usage: (id, limit) => {
      rowOf(deps.reader(), id);
      return usage.of(id, limit);
    },

    async generate(raw, actor) {
      const input = KeyGenerateInput.parse(raw);
      if (keyOperations(input.type, input.purpose).every((op) => op === 'export')) {
        throw new UnsupportedKeyOperationError(`a ${input.type} key cannot serve ${input.purpose}`);
      }
      if (liveKeyNamed(deps.reader(), input.name)) throw new KeyNameTakenError();
      const id = randomUUID();
      const provider = providers[0]!;
      const kekVersion = readManagedKeysKekVersion(deps.reader());
      const made = await withKek(kekVersion, (kek) => provider.generate({ id, version: 1, type: input.type }, kek));
      const t = stamp();
      const row: ManagedKeyRow = {
        id,
        name: input.name,
        description: input.description,
        type: input.type,
        purpose: input.purpose,
        status: 'active',
        version: 1,
        previous_id: null,
        next_id: null,
        provider: provider.name,
        material: made.material,
        kek_version: kekVersion,
        public_key: made.publicKey,
        policy: JSON.stringify(input.policy),
        created_at: t,
        created_by: actor,
        updated_at: t,
        expires_at: input.expiresAt === null ? null : new Date(input.expiresAt).toISOString(),
        rotation_days: input.rotationDays,
        next_rotation_at: input.rotationDays === null ? null : plusDays(input.rotationDays),
        revoked_at: null,
        revocation_reason: null,
        revocation_comment: null,
        deletion_due_at: null,
        deleted_at: null,
        last_backup_at: null,
        last_backup_id: null,
      };
      const db = deps.writer();
      transaction(db, () => {
        // Checked again under the write lock: another generate may have taken the name meanwhile.
        if (liveKeyNamed(db, input.name)) throw new KeyNameTakenError();
        insertFresh(db, row);
      });
      return viewOf(row);
    },

    async rotateKey(id, opts) {
      const old = rowOf(deps.reader(), id);
      const oldStatus = viewOf(old).status;
      const to = opts.retire ? 'inactive' : 'rotating';
      assertTransition(oldStatus, to);
      if (oldStatus !== 'active' || old.next_id) throw new InvalidKeyTransitionError(oldStatus, 'rotated');
      const newId = randomUUID();
      const provider = providers[0]!;
      const kekVersion = readManagedKeysKekVersion(deps.reader());
      const made = await withKek(kekVersion, (kek) => provider.generate({ id: newId, version: old.version + 1, type: old.type as ManagedKey['type'] }, kek));
      const t = stamp();
      // The new version keeps the old one's lifetime, counted from now.
      const lifetime = old.expires_at ? Date.parse(old.expires_at) - Date.parse(old.created_at) : null;
      const db = deps.writer();
      return transaction(db, () => {
        const prev = rowOf(db, id);
        if (viewOf(prev).status !== 'active' || prev.next_id) throw new InvalidKeyTransitionError(viewOf(prev).status, 'rotated');
        const next: ManagedKeyRow = {
          ...prev,
          id: newId,
          status: 'active',
          version: prev.version + 1,
          previous_id: prev.id,
          next_id: null,
          provider: provider.name,
          material: made.material,
          kek_version: kekVersion,
          public_key: made.publicKey,
          created_at: t,
          created_by: opts.actor,
          updated_at: t,
          expires_at: lifetime === null ? null : new Date(now().getTime() + lifetime).toISOString(),
          next_rotation_at: prev.rotation_days === null ? null : plusDays(prev.rotation_days),
          revoked_at: null,
          revocation_reason: null,
          revocation_comment: null,
          deletion_due_at: null,
          deleted_at: null,
          last_backup_at: null,
          last_backup_id: null,
        };
        insertFresh(db, next);
        updateManagedKey(db, { ...prev, status: to, next_id: newId, next_rotation_at: null, updated_at: t });
        return { previous: viewOf(rowOf(db, id)), current: viewOf(rowOf(db, newId)) };
      });
    },

    revoke: (id, reason, comment) =>
      change(id, (r, status) => {
        assertTransition(status, 'revoked');
        return { ...r, status: 'revoked', revoked_at: stamp(), revocation_reason: reason, revocation_comment: comment ?? null, next_rotation_at: null };
      }),

    setStatus: (id, to) =>
      change(id, (r, status) => {
        assertTransition(status, to);
        // Only the newest version of a chain may be the active one.
        if (to === 'active' && r.next_id) throw new InvalidKeyTransitionError(status, to);
        return { ...r, status: to, next_rotation_at: to === 'active' && r.rotation_days !== null ? plusDays(r.rotation_days) : null };
      }),

    async deleteKey(id, opts) {
      const scheduled = change(id, (r, status) => {
        if (opts.confirmName !== r.name) throw new KeyConfirmationRequiredError('the confirmation does not match the key name');
        if (status === 'revoked' && !opts.force) throw new KeyConfirmationRequiredError('a revoked key is deleted only with force');
        if (status !== 'inactive' && status !== 'revoked') throw new InvalidKeyTransitionError(status, 'pending-deletion');
        assertTransition(status, 'pending-deletion');
        return { ...r, status: 'pending-deletion', deletion_due_at: plusDays(graceDays) };
      });
      if (graceDays > 0) return scheduled;
      await destroyRows([id]);
      return viewOf(rowOf(deps.reader(), id));
    },

    cancelDeletion: (id) =>
      change(id, (r, status) => {
        // Back where it came from: a revoked key stays revoked.
        const to = r.revoked_at ? 'revoked' : 'inactive';
        assertTransition(status, to);
        return { ...r, status: to, deletion_due_at: null };
      }),

    setPolicy(id, policy) {
      const db = deps.writer();
      return transaction(db, () => {
        if (rowOf(db, id).status === 'deleted') throw new InvalidKeyTransitionError('deleted', 'changed');
        for (const r of chainOf(db, id)) {
          if (r.status !== 'deleted') updateManagedKey(db, { ...r, policy: JSON.stringify(policy), updated_at: stamp() });
        }
        return viewOf(rowOf(db, id));
      });
    },

    async sweep() {
      const db = deps.writer();
      const expired = transaction(db, () =>
        listManagedKeys(db).flatMap((r) => {
          if (r.status === 'expired' || viewOf(r).status !== 'expired') return [];
          updateManagedKey(db, { ...r, status: 'expired', next_rotation_at: null, updated_at: stamp() });
          return [r.id];
        }),
      );
      const due = listManagedKeys(deps.reader(), { status: 'pending-deletion' }).filter((r) => r.deletion_due_at && Date.parse(r.deletion_due_at) <= now().getTime());
      return { expired, deleted: await destroyRows(due.map((r) => r.id)) };
    },

    dueForRotation: () =>
      listManagedKeys(deps.reader(), { status: 'active' })
        .map(viewOf)
        .filter((k) => k.status === 'active' && !k.nextId && k.nextRotationAt !== null && Date.parse(k.nextRotationAt) <= now().getTime()),

    encrypt: (id, caller, plaintext, aad = NO_AAD) =>
      use(id, 'encrypt', caller, (r) => withKek(r.kek_version, (kek) => providerOf(r.provider).encrypt(stored(r), kek, plaintext, aad))),
    decrypt: (id, caller, ciphertext, aad = NO_AAD) =>
      use(id, 'decrypt', caller, (r) => withKek(r.kek_version, (kek) => providerOf(r.provider).decrypt(stored(r), kek, ciphertext, aad))),
    sign: (id, caller, data) => use(id, 'sign', caller, (r) => withKek(r.kek_version, (kek) => providerOf(r.provider).sign(stored(r), kek, data))),
    verify: (id, caller, data, signature) =>
      use(
        id,
        'verify',
        caller,
        (r) => withKek(r.kek_version, (kek) => providerOf(r.provider).verify(stored(r), kek, data, signature)),
        (ok) => !ok,
      ),
    exportPublic: (id, caller, format) =>
      use(id, 'export', caller, (r) => {
        if (!r.public_key) throw new UnsupportedKeyOperationError('a secret key has no public half');
        return exportPublicKey(toManagedKey(r), r.public_key, format);
      }),

    kekVersion: () => readManagedKeysKekVersion(deps.reader()),

    rewrapAll(fromKek, toKek, newKekVersion) {
      const db = deps.writer();
      return transaction(db, () => {
        const fromVersion = readManagedKeysKekVersion(db);
        if (!Number.isInteger(newKekVersion) || newKekVersion <= fromVersion) {
          throw new InvalidKeyTransitionError(`kek v${fromVersion}`, `kek v${newKekVersion}`);
        }
        const from = { version: fromVersion, key: fromKek };
        const to = { version: newKekVersion, key: toKek };
        const rows = keysWithMaterial(db);
        const at = stamp();
        // A key wrapped under another version would not open with fromKek: the whole rewrap fails.
        // Synchronous by design (it runs inside the caller's transaction): ~0.25 ms per key here.
        for (const r of rows) rewrapManagedKeyMaterial(db, r.id, providerOf(r.provider).rewrap(stored(r), from, to), newKekVersion, at);
        writeManagedKeysKekVersion(db, newKekVersion);
        return { rewrapped: rows.length, fromVersion, toVersion: newKekVersion };
      });
    },

    recordBackup(backupId, keyIds) {
      const db = deps.writer();
      const at = stamp();
      return transaction(db, () => (keyIds ?? keysWithMaterial(db).map((r) => r.id)).reduce((n, id) => n + markKeyBackedUp(db, id, backupId, at).changes, 0));
    },
  };
}

// Owns master-key custody: creating a vault, opening it through one of its keyslots, keeping the
// master key (MK) in memory only while unlocked, and changing slots without touching data.
// Every mutation rewrites vault.json atomically and re-MACs it; the MK itself is never written.
// Derived keys come from the derivation root (internal/derivation-root.ts), not from MK directly,
// so rotating MK rewraps keyslots and nothing else.
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { KeychainStatus, SlotKind, VaultStatus } from '../../../shared/contract';
import { removeStaleTempFiles } from '../atomic-file';
import { constantTimeEqual, DecryptionFailedError, type HkdfPurpose, unwrapKey, zeroize } from '../crypto';
import type { Logger } from '../log';
import {
  KeychainError,
  LastSlotError,
  SlotFileTamperedError,
  SlotNotFoundError,
  UnlockFailedError,
  VaultAlreadyInitializedError,
  VaultError,
  VaultLockedError,
  VaultNotInitializedError,
  WeakPassphraseError,
} from './errors';
import { openDerivationRoot, sealDerivationRoot } from './internal/derivation-root';
import { checkPassphrase } from './internal/passphrase-policy';
import { readSlotFile, SLOT_FILE_FORMAT, SLOT_FILE_VERSION, slotAad, type SlotFileBody, type SlotRecord, verifySlotFileMac, writeSlotFile } from './internal/slot-file';
import { buildSlot, deriveFromMaster, newHkdfKdf, newPassphraseKdf, newSlotId, passphraseKek, recoveryKek } from './internal/slot-keys';
import type { KeychainBackend } from './keychain/keychain-backend';
import { decodeRecoveryCode, newRecoveryCode } from './recovery-code';

export const SLOT_FILE_NAME = 'vault.json';

export type UnlockRequest =
  | { method: 'keychain' }
  | { method: 'passphrase'; passphrase: string }
  | { method: 'recovery'; recoveryCode: string };

export interface VaultOptions {
  dataDir: string;
  /** null when the workstation has no keychain or the admin chose --no-keychain. */
  keychain: KeychainBackend | null;
  log: Logger;
  /** PBKDF2 iterations for new passphrase slots; never below 600,000. */
  pbkdf2Iterations?: number;
  /** Names of files whose presence means encrypted data exists (a lost vault.json must not be replaced). */
  dataFiles?: string[];
  now?: () => Date;
}

export interface Vault {
  readonly dataDir: string;
  status(): Promise<VaultStatus>;
  isUnlocked(): boolean;
  setup(req: VaultSetupRequest): Promise<{ recoveryCode: string }>;
  unlock(req: UnlockRequest): Promise<void>;
  /**
   * What every derived key comes from (root and HKDF salt), for a backup's key bundle; only while
   * unlocked. The caller owns `root` and zeroes it after use.
   */
  exportKeyBundle(): AdoptedKeys;
  lock(): void;
  confirmRecovery(recoveryCode: string): Promise<void>;
  changePassphrase(newPassphrase: string): Promise<void>;
  addKeychainSlot(): Promise<void>;
  removeSlot(slotId: string): Promise<void>;
  /** Which slots open with the given secrets, without unlocking (for `resched unlock-check`). */
  checkSlots(secrets: { passphrase?: string; recoveryCode?: string }): Promise<{ id: string; kind: SlotKind; opens: boolean; problem?: string }[]>;
  /** A per-purpose key derived from the derivation root. Throws VaultLockedError while locked. */
  derive(purpose: HkdfPurpose, context?: string): Buffer;
  /**
   * Replaces MK with a new random one and rewraps the derivation root and every slot, in one atomic
   * write of vault.json; derived keys do not change. Passphrase and recovery slots are rewrapped
   * under their existing KEKs, so each needs its secret (checked to open the current MK before
   * anything changes); keychain slots get a new keychain entry and a new id, and the old entries
   * are deleted after the write. `fingerprint` names a key without revealing it (for history).
   */
  rotateMasterKey(req: MasterKeyRotationRequest): Promise<{ before: string; after: string }>;
  onLockChange(listener: (unlocked: boolean) => void): () => void;
}

/** A derivation root and HKDF salt taken over from a backup (docs/formats/backup.md §3). */
export interface AdoptedKeys {
  root: Buffer;
  salt: string;
}

export interface VaultSetupRequest {
  useKeychain: boolean;
  passphrase?: string | undefined;
  /**
   * Restore on another workstation: the new vault (new MK, new slots, new recovery code) adopts a
   * backup's root and salt, so every derived key is the backup's and its store opens as is.
   */
  adopt?: AdoptedKeys | undefined;
}

export interface MasterKeyRotationRequest {
  passphrase?: string | undefined;
  recoveryCode?: string | undefined;
  fingerprint: (key: Uint8Array) => string;
}

interface Unlocked {
  mk: Buffer;
  /** The derivation root: MK's value for vaults never rotated, else unwrapped from the file. */
  root: Buffer;
  body: SlotFileBody;
}

export function createVault(opts: VaultOptions): Vault {
  const file = path.join(opts.dataDir, SLOT_FILE_NAME);
  const now = () => (opts.now ?? (() => new Date()))().toISOString();
  const iterations = Math.max(opts.pbkdf2Iterations ?? 600_000, 600_000);
  const log = opts.log.child('vault');
  const listeners = new Set<(unlocked: boolean) => void>();
  let open: Unlocked | null = null;
  let probeCache: { at: number; status: KeychainStatus } | null = null;
  // One mutation at a time: two overlapping slot rewrites would lose one of them.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };

  const setOpen = (next: Unlocked | null) => {
    if (open && open !== next && open.mk !== next?.mk) zeroize(open.mk);
    if (open && open !== next && open.root !== next?.root) zeroize(open.root);
    const changed = Boolean(open) !== Boolean(next);
    open = next;
    if (changed) for (const l of listeners) l(Boolean(next));
  };

  const requireOpen = (): Unlocked => {
    if (!open) throw new VaultLockedError();
    return open;
  };

  async function keychainStatus(): Promise<KeychainStatus> {
    if (!opts.keychain) return { available: false, problem: 'ERR_KEYCHAIN_UNAVAILABLE' };
    if (probeCache && Date.now() - probeCache.at < 30_000) return probeCache.status;
    const status = await opts.keychain.probe();
    probeCache = { at: Date.now(), status };
    return status;
  }

  function assertPassphrase(p: string): void {
    const verdict = checkPassphrase(p);
    if (!verdict.ok) throw new WeakPassphraseError(verdict.reason, verdict.message);
  }

  async function newKeychainSlot(body: SlotFileBody, mk: Buffer): Promise<SlotRecord> {
    const kc = opts.keychain;
    if (!kc) throw new KeychainError('ERR_KEYCHAIN_UNAVAILABLE', 'no keychain backend configured');
    const status = await keychainStatus();
    if (!status.available) throw new KeychainError(status.problem ?? 'ERR_KEYCHAIN_UNAVAILABLE', 'keychain probe failed');
    const kek = randomBytes(32);
    try {
      const header = { id: newSlotId('os-keychain'), kind: 'os-keychain' as const, backend: kc.name, createdAt: now() };
      // Secret first, file second: a crash in between leaves an unused keychain entry, never a
      // slot whose secret is missing.
      await kc.setSecret(header.id, kek.toString('base64'));
      return buildSlot(body, header, kek, mk);
    } finally {
      zeroize(kek);
    }
  }

  async function newPassphraseSlot(body: SlotFileBody, mk: Buffer, passphrase: string): Promise<SlotRecord> {
    const kdf = newPassphraseKdf(iterations);
    const kek = await passphraseKek(passphrase, kdf);
    try {
      return buildSlot(body, { id: newSlotId('passphrase'), kind: 'passphrase', backend: 'pbkdf2-sha256', createdAt: now(), kdf }, kek, mk);
    } finally {
      zeroize(kek);
    }
  }

  /** The KEK for one slot from the secrets offered, or null when this slot cannot use them. */
  async function slotKek(slot: SlotRecord, req: UnlockRequest): Promise<Buffer | null> {
    if (req.method === 'keychain' && slot.kind === 'os-keychain') {
      if (!opts.keychain) throw new KeychainError('ERR_KEYCHAIN_UNAVAILABLE', 'no keychain backend configured');
      const secret = await opts.keychain.getSecret(slot.id);
      if (secret === null) throw new KeychainError('ERR_KEYCHAIN_ENTRY_MISSING', `no keychain entry for ${slot.id}`);
      return Buffer.from(secret, 'base64');
    }
    if (req.method === 'passphrase' && slot.kind === 'passphrase' && slot.kdf?.alg === 'pbkdf2-sha256') {
      return passphraseKek(req.passphrase, slot.kdf);
    }
    if (req.method === 'recovery' && slot.kind === 'recovery' && slot.kdf?.alg === 'hkdf-sha256') {
      const bytes = decodeRecoveryCode(req.recoveryCode);
      if (!bytes) return null;
      try {
        return recoveryKek(bytes, slot.kdf.salt);
      } finally {
        zeroize(bytes);
      }
    }
    return null;
  }

  const kindOf = (req: UnlockRequest): SlotKind =>
    req.method === 'keychain' ? 'os-keychain' : req.method === 'passphrase' ? 'passphrase' : 'recovery';

  /** Tries every slot of the requested kind; returns MK or throws the most specific reason. */
  async function openWith(body: SlotFileBody, req: UnlockRequest): Promise<Buffer> {
    const candidates = body.slots.filter((s) => s.kind === kindOf(req));
    if (candidates.length === 0) throw new SlotNotFoundError(`no ${kindOf(req)} slot`);
    let lastKeychainError: KeychainError | null = null;
    for (const slot of candidates) {
      let kek: Buffer | null = null;
      try {
        kek = await slotKek(slot, req);
        if (!kek) continue;
        return unwrapKey(kek, Buffer.from(slot.wrapped, 'base64'), slotAad(body, slot));
      } catch (e) {
        if (e instanceof KeychainError) lastKeychainError = e;
        else if (!(e instanceof DecryptionFailedError)) throw e;
      } finally {
        zeroize(kek ?? undefined);
      }
    }
    if (lastKeychainError) throw lastKeychainError;
    throw new UnlockFailedError(`no ${kindOf(req)} slot accepted the secret`);
  }

  /**
   * One slot of `body` rebuilt for `next`, wrapping `newMk`. Secret-held slots keep their KEK and
   * header after proving the secret opens `oldMk`; keychain slots get a fresh KEK, entry and id.
   */
  async function rewrapSlot(
    body: SlotFileBody,
    slot: SlotRecord,
    oldMk: Buffer,
    next: SlotFileBody,
    newMk: Buffer,
    req: MasterKeyRotationRequest,
    created: string[],
    retired: string[],
  ): Promise<SlotRecord> {
    if (slot.kind === 'os-keychain') {
      const fresh = await newKeychainSlot(next, newMk);
      created.push(fresh.id);
      retired.push(slot.id);
      return fresh;
    }
    const unlock: UnlockRequest | null =
      slot.kind === 'passphrase' && req.passphrase !== undefined
        ? { method: 'passphrase', passphrase: req.passphrase }
        : slot.kind === 'recovery' && req.recoveryCode !== undefined
          ? { method: 'recovery', recoveryCode: req.recoveryCode }
          : null;
    if (!unlock) throw new UnlockFailedError(`master-key rotation needs the secret of the ${slot.kind} slot ${slot.id}`);
    const kek = await slotKek(slot, unlock);
    if (!kek) throw new UnlockFailedError(`the ${slot.kind} secret given does not fit slot ${slot.id}`);
    try {
      let opened: Buffer;
      try {
        opened = unwrapKey(kek, Buffer.from(slot.wrapped, 'base64'), slotAad(body, slot));
      } catch (e) {
        if (e instanceof DecryptionFailedError) throw new UnlockFailedError(`the ${slot.kind} secret given does not open slot ${slot.id}`);
        throw e;
      }
      const same = constantTimeEqual(opened, oldMk);
      zeroize(opened);
      if (!same) throw new UnlockFailedError(`slot ${slot.id} opens a different key`);
      const { wrapped: _old, ...header } = slot;
      return buildSlot(next, header, kek, newMk);
    } finally {
      zeroize(kek);
    }
  }

  async function readExisting() {
    const read = await readSlotFile(file);
    if (!read) throw new VaultNotInitializedError();
    return read;
  }

  async function rewrite(mutate: (body: SlotFileBody, mk: Buffer) => Promise<SlotFileBody> | SlotFileBody): Promise<SlotFileBody> {
    return serial(async () => {
      const { mk } = requireOpen();
      // Re-read and re-verify: the file on disk, not our memory of it, is what we replace.
      const { body, mac } = await readExisting();
      verifySlotFileMac(mk, body, mac);
      const next = await mutate(structuredClone(body), mk);
      await writeSlotFile(file, mk, next);
      setOpen({ mk, root: requireOpen().root, body: next });
      return next;
    });
  }

  const vault: Vault = {
    dataDir: opts.dataDir,

    isUnlocked: () => open !== null,

    async status() {
      const read = await readSlotFile(file).catch((e: unknown) => {
        if (e instanceof VaultError) return 'tampered' as const;
        throw e;
      });
      const keychain = await keychainStatus();
      if (read === 'tampered') return { state: 'damaged', slots: [], keychain, recoveryConfirmed: false };
      if (!read) return { state: 'uninitialized', slots: [], keychain, recoveryConfirmed: false };
      const body = open?.body ?? read.body;
      return {
        state: open ? 'unlocked' : 'locked',
        slots: body.slots.map(({ id, kind, backend, createdAt }) => ({ id, kind, backend, createdAt })),
        keychain,
        recoveryConfirmed: body.recoveryConfirmed,
      };
    },

    setup: (req) =>
      serial(async () => {
        if (await readSlotFile(file).catch(() => 'unreadable')) throw new VaultAlreadyInitializedError();
        const orphan = (opts.dataFiles ?? []).find((f) => existsSync(path.join(opts.dataDir, f)));
        if (orphan) throw new VaultError('ERR_VAULT_SLOT_FILE_MISSING', `found ${orphan} without ${SLOT_FILE_NAME}`);
        if (!req.useKeychain && !req.passphrase) throw new VaultError('ERR_VAULT_NO_METHOD');
        if (req.passphrase !== undefined) assertPassphrase(req.passphrase);
        await removeStaleTempFiles(file);

        const mk = randomBytes(32);
        const body: SlotFileBody = {
          format: SLOT_FILE_FORMAT,
          version: SLOT_FILE_VERSION,
          vaultId: randomUUID(),
          salt: req.adopt ? req.adopt.salt : randomBytes(16).toString('base64'),
          createdAt: now(),
          recoveryConfirmed: false,
          slots: [],
        };
        const recovery = newRecoveryCode();
        const kdf = newHkdfKdf();
        const rKek = recoveryKek(recovery.bytes, kdf.salt);
        body.slots.push(buildSlot(body, { id: newSlotId('recovery'), kind: 'recovery', backend: 'recovery-code', createdAt: now(), kdf }, rKek, mk));
        zeroize(rKek, recovery.bytes);
        if (req.passphrase !== undefined) body.slots.push(await newPassphraseSlot(body, mk, req.passphrase));
        if (req.useKeychain) body.slots.push(await newKeychainSlot(body, mk));
        // The derivation root is its own random key (or the adopted one), stored wrapped under MK:
        // a backup carries the root, and must never carry MK itself (whoever holds MK can re-MAC
        // vault.json and add slots of their own).
        const root = req.adopt ? Buffer.from(req.adopt.root) : randomBytes(32);
        body.derivationRoot = sealDerivationRoot(mk, body, root);
        await writeSlotFile(file, mk, body, { exclusive: true });
        log.info('vault created', { slots: body.slots.map((s) => s.kind) });
        setOpen({ mk, root, body });
        return { recoveryCode: recovery.code };
      }),

    unlock: (req) =>
      serial(async () => {
        if (open) return;
        const { body, mac } = await readExisting();
        const mk = await openWith(body, req);
        let root: Buffer;
        try {
          verifySlotFileMac(mk, body, mac);
          root = openDerivationRoot(mk, body);
        } catch (e) {
          zeroize(mk);
          // The MAC held, so only a bug or a forged file with a valid MAC could get here.
          if (e instanceof DecryptionFailedError) throw new SlotFileTamperedError('derivation root does not open', { cause: e });
          throw e;
        }
        log.info('vault unlocked', { method: req.method });
        setOpen({ mk, root, body });
      }),

    lock() {
      if (open) log.info('vault locked');
      setOpen(null);
    },

    async confirmRecovery(code) {
      await rewrite(async (body, mk) => {
        const got = await openWith(body, { method: 'recovery', recoveryCode: code });
        const same = constantTimeEqual(got, mk);
        zeroize(got);
        if (!same) throw new UnlockFailedError('recovery code opens a different key');
        return { ...body, recoveryConfirmed: true };
      });
    },

    async changePassphrase(newPassphrase) {
      assertPassphrase(newPassphrase);
      const removed: string[] = [];
      await rewrite(async (body, mk) => {
        const slot = await newPassphraseSlot(body, mk, newPassphrase);
        removed.push(...body.slots.filter((s) => s.kind === 'passphrase').map((s) => s.id));
        return { ...body, slots: [...body.slots.filter((s) => s.kind !== 'passphrase'), slot] };
      });
      log.info('passphrase changed', { replacedSlots: removed.length });
    },

    async addKeychainSlot() {
      await rewrite(async (body, mk) => {
        probeCache = null;
        const slot = await newKeychainSlot(body, mk);
        return { ...body, slots: [...body.slots, slot] };
      });
    },

    async removeSlot(slotId) {
      let removed: SlotRecord | undefined;
      await rewrite((body) => {
        removed = body.slots.find((s) => s.id === slotId);
        if (!removed) throw new SlotNotFoundError();
        if (body.slots.length === 1) throw new LastSlotError();
        return { ...body, slots: body.slots.filter((s) => s.id !== slotId) };
      });
      // File first, keychain second: a crash in between leaves an orphan entry, never a dangling slot.
      if (removed?.kind === 'os-keychain' && opts.keychain) {
        await opts.keychain.deleteSecret(removed.id).catch((e: unknown) => log.warn('could not delete keychain entry', { error: e }));
      }
    },

    async checkSlots(secrets) {
      const { body, mac } = await readExisting();
      const results: { id: string; kind: SlotKind; opens: boolean; problem?: string }[] = [];
      for (const slot of body.slots) {
        const req: UnlockRequest | null =
          slot.kind === 'os-keychain'
            ? { method: 'keychain' }
            : slot.kind === 'passphrase' && secrets.passphrase !== undefined
              ? { method: 'passphrase', passphrase: secrets.passphrase }
              : slot.kind === 'recovery' && secrets.recoveryCode !== undefined
                ? { method: 'recovery', recoveryCode: secrets.recoveryCode }
                : null;
        if (!req) {
          results.push({ id: slot.id, kind: slot.kind, opens: false, problem: 'no secret given for this slot' });
          continue;
        }
        try {
          const mk = await openWith({ ...body, slots: [slot] }, req);
          try {
            // A slot that opens inside an altered file must not be reported as usable.
            verifySlotFileMac(mk, body, mac);
          } finally {
            zeroize(mk);
          }
          results.push({ id: slot.id, kind: slot.kind, opens: true });
        } catch (e) {
          results.push({ id: slot.id, kind: slot.kind, opens: false, problem: e instanceof VaultError ? e.code : 'error' });
        }
      }
      return results;
    },

    exportKeyBundle() {
      const { root, body } = requireOpen();
      // Vaults made before the root was separate use MK's value as root: exporting it would export MK.
      if (body.derivationRoot === undefined) throw new VaultError('ERR_VAULT_ROOT_IS_MASTER_KEY', 'the derivation root is the master key; rotate the master key first');
      return { root: Buffer.from(root), salt: body.salt };
    },

    derive(purpose, context) {
      const { root, body } = requireOpen();
      return deriveFromMaster(root, body, purpose, context);
    },

    async rotateMasterKey(req) {
      const created: string[] = [];
      const retired: string[] = [];
      const result = await serial(async () => {
        const current = requireOpen();
        const { body, mac } = await readExisting();
        verifySlotFileMac(current.mk, body, mac);
        const mk = randomBytes(32);
        try {
          const next: SlotFileBody = { ...structuredClone(body), slots: [] };
          next.derivationRoot = sealDerivationRoot(mk, next, current.root);
          for (const slot of body.slots) {
            next.slots.push(await rewrapSlot(body, slot, current.mk, next, mk, req, created, retired));
          }
          await writeSlotFile(file, mk, next);
          const fingerprints = { before: req.fingerprint(current.mk), after: req.fingerprint(mk) };
          setOpen({ mk, root: current.root, body: next });
          return fingerprints;
        } catch (e) {
          zeroize(mk);
          // Nothing was written: the keychain entries made for the new slots are orphans. Remove them.
          for (const id of created) await opts.keychain?.deleteSecret(id).catch((err: unknown) => log.warn('could not delete keychain entry', { error: err }));
          retired.length = 0;
          throw e;
        }
      });
      // File first, old keychain entries second (as removeSlot): a crash between leaves orphans only.
      for (const id of retired) await opts.keychain?.deleteSecret(id).catch((e: unknown) => log.warn('could not delete keychain entry', { error: e }));
      log.info('master key rotated', { slots: retired.length + created.length });
      return result;
    },

    onLockChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return vault;
}

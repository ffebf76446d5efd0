// Owns running rotations: one at a time, each recorded in the history before it touches anything,
// audited at start and end, and on failure undone by its type's rollback (secret-types.ts) and
// recorded failed with the error code. Also answers what is due, and runs the automatic ones
// (the session-signing key) when they are overdue. docs/security/key-rotation.md.
import type { AuditEntryInput, RotationRecord, RotationStatus, SecretType } from '../../../shared/domain';
import type { SigningKeyStore } from '../auth';
import { isCodedError } from '../errors';
import type { ProgramKeyring } from '../field-crypto';
import type { Logger } from '../log';
import { listPrograms, type ReadableDb, storeCreatedAt, type WritableDb } from '../store';
import type { Vault } from '../vault';
import { classifyDue, inGrace, type SecretClock } from './due';
import { RotationCancelledError, RotationFailedError, RotationInProgressError, RotationRequestError, RotationSecretRequiredError } from './errors';
import { keyFingerprint } from './fingerprint';
import { rotateKek } from './internal/rotate-kek';
import { rotateProgramDataKey } from './internal/rotate-program-data-key';
import { rotateSystemDataKey } from './internal/rotate-system-data-key';
import { rotateSessionSigningKey } from './internal/rotate-session-signing-key';
import type { ManagedKeyRewrap, RotatorResult } from './internal/rotator';
import type { KekRing } from './kek-ring';
import { createRotationHistory } from './rotation-history';
import { allPolicies, secretPolicies } from './secret-types';

export interface RotationProgress {
  phase: 'preparing' | 'rotating' | 're-encrypting' | 'finishing';
  done: number;
  total: number;
}

export interface RotationRequest {
  type: SecretType;
  programId?: string | undefined;
  reason: string;
  /** A user id, 'system' (automatic) or 'cli'. */
  initiator: string;
  /** master-key only: the secrets of the passphrase and recovery slots, which are rewrapped. */
  passphrase?: string | undefined;
  recoveryCode?: string | undefined;
}

/** Rotations other capabilities carry out; absent in a build without them (the type is then refused). */
export interface RotationPorts {
  managedKeys?: ManagedKeyRewrap | undefined;
  backupSigningKey?:
    | {
        /** When the active backup-signing key was made; null when there is none. */
        activeSince(): string | null;
        rotate(initiator: string): Promise<{ oldKeyId: string | null; newKeyId: string }>;
      }
    | undefined;
  rekeyDatabase?:
    | ((opts: { signal?: AbortSignal | undefined; fingerprint: (key: Uint8Array) => string }) => Promise<{ oldFingerprint: string; newFingerprint: string }>)
    | undefined;
}

export interface RotationDeps extends RotationPorts {
  vault: Pick<Vault, 'rotateMasterKey' | 'status'>;
  reader: () => ReadableDb;
  writer: () => WritableDb;
  now: () => Date;
  signingKeys: SigningKeyStore;
  kekRing: KekRing;
  programKeys: ProgramKeyring;
  /** Appends to the audit trail; must not throw (the recorder logs its own failures). */
  audit: (entry: AuditEntryInput) => void;
  log: Logger;
}

export interface RotationService {
  status(): RotationStatus;
  history(opts?: { type?: SecretType | undefined; limit?: number | undefined }): RotationRecord[];
  run(req: RotationRequest, opts?: { signal?: AbortSignal | undefined; progress?: (p: RotationProgress) => void }): Promise<RotationRecord>;
  /** Rotates every automatic secret that is overdue; returns what it ran. Never throws. */
  runAutomatic(): Promise<RotationRecord[]>;
}

export function createRotationService(deps: RotationDeps): RotationService {
  const history = createRotationHistory(deps);
  const log = deps.log.child('rotation');
  let busy = false;

  function clocks(): SecretClock[] {
    const db = deps.reader();
    const created = storeCreatedAt(db) ?? deps.now().toISOString();
    const since = (type: SecretType, programId: string | null, fallback: string) => history.lastCompleted(type, programId)?.endedAt ?? fallback;
    const out: SecretClock[] = [];
    const signing = deps.signingKeys.activeSince();
    if (signing) out.push({ type: 'session-signing-key', programId: null, lastRotatedAt: signing });
    const backup = deps.backupSigningKey?.activeSince();
    if (backup) out.push({ type: 'backup-signing-key', programId: null, lastRotatedAt: since('backup-signing-key', null, backup) });
    out.push({ type: 'key-encryption-key', programId: null, lastRotatedAt: since('key-encryption-key', null, created) });
    out.push({ type: 'system-data-key', programId: null, lastRotatedAt: since('system-data-key', null, created) });
    out.push({ type: 'master-key', programId: null, lastRotatedAt: since('master-key', null, created) });
    if (deps.rekeyDatabase) out.push({ type: 'database-key', programId: null, lastRotatedAt: since('database-key', null, created) });
    for (const p of listPrograms(db)) out.push({ type: 'program-data-key', programId: p.id, lastRotatedAt: since('program-data-key', p.id, p.created_at) });
    return out;
  }

  function checkRequest(req: RotationRequest): void {
    const policy = secretPolicies[req.type];
    if (policy.perProgram && !req.programId) throw new RotationRequestError(`${req.type} rotation needs a program`);
    if (!policy.perProgram && req.programId) throw new RotationRequestError(`${req.type} is not per program`);
    if (req.type !== 'master-key' && (req.passphrase !== undefined || req.recoveryCode !== undefined)) {
      throw new RotationRequestError('only a master-key rotation takes vault secrets');
    }
    if (req.type === 'backup-signing-key' && !deps.backupSigningKey) throw new RotationFailedError('backup-signing-key rotation is not available in this build');
    if (req.type === 'database-key' && !deps.rekeyDatabase) throw new RotationFailedError('database rekey is not available in this build');
  }

  async function rotate(req: RotationRequest, signal: AbortSignal | undefined, progress: (p: RotationProgress) => void): Promise<RotatorResult> {
    switch (req.type) {
      case 'session-signing-key':
        return rotateSessionSigningKey(deps.signingKeys);
      case 'key-encryption-key':
        return rotateKek({ writer: deps.writer, ring: deps.kekRing, managedKeys: deps.managedKeys });
      case 'master-key': {
        // Said up front, with its own code: without it the vault stops at the slot it cannot open.
        const kinds = new Set((await deps.vault.status()).slots.map((slot) => slot.kind));
        if (kinds.has('passphrase') && req.passphrase === undefined) throw new RotationSecretRequiredError('passphrase');
        if (kinds.has('recovery') && req.recoveryCode === undefined) throw new RotationSecretRequiredError('recovery');
        const fp = await deps.vault.rotateMasterKey({
          passphrase: req.passphrase,
          recoveryCode: req.recoveryCode,
          fingerprint: (k) => keyFingerprint('master-key', k),
        });
        return { oldFingerprint: fp.before, newFingerprint: fp.after, graceEndsAt: null };
      }
      case 'program-data-key':
        return rotateProgramDataKey({ writer: deps.writer, keys: deps.programKeys, now: deps.now }, req.programId!, {
          signal,
          onProgress: (p) => progress({ phase: 're-encrypting', done: p.done, total: p.total }),
        });
      case 'system-data-key':
        return rotateSystemDataKey({ writer: deps.writer, keys: deps.programKeys }, {
          signal,
          onProgress: (p) => progress({ phase: 're-encrypting', done: p.done, total: p.total }),
        });
      case 'backup-signing-key': {
        const r = await deps.backupSigningKey!.rotate(req.initiator);
        const fp = (id: string) => keyFingerprint('backup-signing-key', Buffer.from(id, 'utf8'));
        return { oldFingerprint: r.oldKeyId ? fp(r.oldKeyId) : null, newFingerprint: fp(r.newKeyId), graceEndsAt: null };
      }
      case 'database-key': {
        const r = await deps.rekeyDatabase!({ signal, fingerprint: (k) => keyFingerprint('database-key', k) });
        return { ...r, graceEndsAt: null };
      }
    }
  }

  const auditOf = (action: 'rotation.start' | 'rotation.complete' | 'rotation.fail', record: RotationRecord, outcome: 'success' | 'failure') =>
    deps.audit({
      actor: record.initiator,
      action,
      target: record.id,
      outcome,
      details: { type: record.type, programId: record.programId, ...(record.errorCode ? { errorCode: record.errorCode } : {}) },
    });

  const service: RotationService = {
    status() {
      const now = deps.now();
      const { due, overdue } = classifyDue(clocks(), secretPolicies, now);
      return { due, overdue, inGrace: inGrace(history.inGraceAt(now), now), policies: allPolicies() };
    },

    history: (opts = {}) => history.list(opts.limit ?? 100, opts.type),

    async run(req, opts = {}) {
      checkRequest(req);
      if (busy) throw new RotationInProgressError();
      busy = true;
      const progress = opts.progress ?? (() => undefined);
      try {
        // Only one process holds the data folder, and this one runs nothing now: a running row is a leftover.
        const interrupted = history.closeInterrupted();
        if (interrupted > 0) log.warn('closed interrupted rotations', { count: interrupted });
        progress({ phase: 'preparing', done: 0, total: 1 });
        const started = history.start({ type: req.type, programId: req.programId ?? null, reason: req.reason, initiator: req.initiator, oldFingerprint: null });
        auditOf('rotation.start', started, 'success');
        log.info('rotation started', { type: req.type, id: started.id });
        try {
          progress({ phase: 'rotating', done: 0, total: 1 });
          const result = await rotate(req, opts.signal, progress);
          if (opts.signal?.aborted) throw new RotationCancelledError();
          progress({ phase: 'finishing', done: 1, total: 1 });
          const done = history.complete(started.id, result);
          auditOf('rotation.complete', done, 'success');
          log.info('rotation completed', { type: req.type, id: started.id });
          return done;
        } catch (e) {
          const code = opts.signal?.aborted ? 'ERR_CANCELLED' : isCodedError(e) ? e.code : 'ERR_ROTATION_FAILED';
          const failed = history.fail(started.id, code);
          auditOf('rotation.fail', failed, 'failure');
          log.warn('rotation failed and was rolled back', { type: req.type, id: started.id, code, error: e });
          if (isCodedError(e)) throw e;
          throw new RotationFailedError(`${req.type} rotation failed`, { cause: e });
        }
      } finally {
        busy = false;
      }
    },

    async runAutomatic() {
      const ran: RotationRecord[] = [];
      try {
        const { overdue } = service.status();
        for (const item of overdue.filter((o) => o.mode === 'automatic')) {
          ran.push(await service.run({ type: item.type, programId: item.programId ?? undefined, reason: 'scheduled rotation', initiator: 'system' }));
        }
      } catch (e) {
        log.error('automatic rotation failed', { error: e });
      }
      return ran;
    },
  };
  return service;
}

// Owns the rotation history: a row written before a rotation touches anything (status running),
// closed afterwards as completed or failed with old and new fingerprints, grace end and error code.
// Never key material: only fingerprints (fingerprint.ts) and ids.
import { randomUUID } from 'node:crypto';
import { RotationRecord, type SecretType } from '../../../shared/domain';
import {
  finishRotation,
  insertRotation,
  lastCompletedRotation,
  type ReadableDb,
  type RotationHistoryRow,
  rotationHistory,
  rotationRecordById,
  rotationsInGrace,
  runningRotations,
  type WritableDb,
} from '../store';
import { RotationInProgressError } from './errors';

export interface RotationStart {
  type: SecretType;
  programId: string | null;
  reason: string;
  initiator: string;
  oldFingerprint: string | null;
}

export interface RotationEnd {
  oldFingerprint?: string | null;
  newFingerprint: string | null;
  graceEndsAt: string | null;
}

export interface RotationHistory {
  start(s: RotationStart): RotationRecord;
  complete(id: string, end: RotationEnd): RotationRecord;
  fail(id: string, errorCode: string, end?: Partial<RotationEnd>): RotationRecord;
  list(limit: number, type?: SecretType): RotationRecord[];
  lastCompleted(type: SecretType, programId: string | null): RotationRecord | undefined;
  inGraceAt(now: Date): RotationRecord[];
  /** Rows left running by a process that died: closed as failed ('interrupted'). Returns how many. */
  closeInterrupted(): number;
}

export const toRecord = (r: RotationHistoryRow): RotationRecord =>
  RotationRecord.parse({
    id: r.id,
    type: r.type,
    programId: r.program_id,
    oldFingerprint: r.old_fingerprint,
    newFingerprint: r.new_fingerprint,
    reason: r.reason,
    initiator: r.initiator,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    graceEndsAt: r.grace_ends_at,
    status: r.status,
    errorCode: r.error_code,
  });

export function createRotationHistory(deps: { reader: () => ReadableDb; writer: () => WritableDb; now: () => Date }): RotationHistory {
  const byId = (id: string) => toRecord(rotationRecordById(deps.reader(), id)!);
  return {
    start(s) {
      const id = randomUUID();
      try {
        insertRotation(deps.writer(), {
          id,
          type: s.type,
          program_id: s.programId,
          old_fingerprint: s.oldFingerprint,
          new_fingerprint: null,
          reason: s.reason,
          initiator: s.initiator,
          started_at: deps.now().toISOString(),
          ended_at: null,
          grace_ends_at: null,
          status: 'running',
          error_code: null,
        });
      } catch (e) {
        // The partial unique index: this secret already has a running rotation.
        if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new RotationInProgressError(`a ${s.type} rotation is already running`);
        throw e;
      }
      return byId(id);
    },
    complete(id, end) {
      finishRotation(deps.writer(), id, {
        status: 'completed',
        ended_at: deps.now().toISOString(),
        old_fingerprint: end.oldFingerprint ?? null,
        new_fingerprint: end.newFingerprint,
        grace_ends_at: end.graceEndsAt,
        error_code: null,
      });
      return byId(id);
    },
    fail(id, errorCode, end = {}) {
      finishRotation(deps.writer(), id, {
        status: 'failed',
        ended_at: deps.now().toISOString(),
        old_fingerprint: end.oldFingerprint ?? null,
        new_fingerprint: end.newFingerprint ?? null,
        grace_ends_at: null,
        error_code: errorCode,
      });
      return byId(id);
    },
    list: (limit, type) => rotationHistory(deps.reader(), limit, type).map(toRecord),
    lastCompleted(type, programId) {
      const row = lastCompletedRotation(deps.reader(), type, programId);
      return row && toRecord(row);
    },
    inGraceAt: (now) => rotationsInGrace(deps.reader(), now.toISOString()).map(toRecord),
    closeInterrupted() {
      const stale = runningRotations(deps.reader());
      for (const r of stale) this.fail(r.id, 'interrupted');
      return stale.length;
    },
  };
}

// A scripted stand-in for main's rotation service, installed on a fake bridge: rotation.status
// answers what the test scripts, rotation.history grows as runs end, and rotation.run behaves as
// main's job does — progress frames for its job id reach the page through the bridge's
// onProgress, cancel(jobId) aborts it (answered ERR_CANCELLED and recorded failed), and a run the
// test holds open waits until it is finished. Policies are main's registry's numbers.
import { type BridgeProgress, errorMessages, type ErrorCode, type Envelope } from '../../../../../src/shared/contract';
import type { RotationDue, RotationPolicy, RotationRecord, RotationStatus, SecretType } from '../../../../../src/shared/domain';
import type { FakeBridge } from '../../fake-bridge';

const fail = (code: ErrorCode): Envelope<never> => ({ ok: false, error: { code, message: errorMessages[code] } });
const ok = <T>(value: T): Envelope<T> => ({ ok: true, value });

const policy = (type: SecretType, extra: Partial<RotationPolicy> = {}): RotationPolicy => ({
  type,
  intervalDays: 365,
  graceHours: 0,
  mode: 'manual',
  notifyBeforeDays: 30,
  rollback: 'store-transaction',
  perProgram: false,
  ...extra,
});

export const POLICIES: RotationPolicy[] = [
  policy('session-signing-key', { intervalDays: 90, graceHours: 24, mode: 'automatic', notifyBeforeDays: 0 }),
  policy('backup-signing-key', { rollback: 'key-service' }),
  policy('program-data-key', { rollback: 'resumable-job', perProgram: true }),
  policy('key-encryption-key'),
  policy('database-key', { rollback: 'atomic-file' }),
  policy('master-key', { rollback: 'atomic-file' }),
];

export const dueItem = (type: SecretType, dueAt: string, programId: string | null = null): RotationDue => ({
  type,
  programId,
  lastRotatedAt: '2025-01-10T09:00:00.000Z',
  dueAt,
  mode: type === 'session-signing-key' ? 'automatic' : 'manual',
});

export interface FakeRotation {
  status: RotationStatus;
  history: RotationRecord[];
  /** When true, runs wait for `finish()` (or a cancel) after their first progress frame. */
  holdRuns: boolean;
  /** Sends a progress frame for the running job. */
  progress(phase: 'preparing' | 'rotating' | 're-encrypting' | 'finishing', done: number, total: number): void;
  /** Ends the held run successfully. */
  finish(): void;
  /** Job ids main was asked to cancel. */
  cancelled: string[];
  /** When set, the next run fails with this code (and is recorded failed). */
  failWith: ErrorCode | null;
}

export function installRotation(bridge: FakeBridge, script: Partial<Pick<FakeRotation, 'status' | 'history' | 'holdRuns'>> = {}): FakeRotation {
  const listeners = new Set<(frame: BridgeProgress) => void>();
  let running: { jobId: string; settle: (outcome: 'done' | 'cancelled') => void } | null = null;
  const state: FakeRotation = {
    status: script.status ?? { due: [], overdue: [], inGrace: [], policies: POLICIES },
    history: script.history ?? [],
    holdRuns: script.holdRuns ?? false,
    cancelled: [],
    failWith: null,
    progress(phase, done, total) {
      if (!running) throw new Error('fake rotation: nothing is running');
      const frame = { jobId: running.jobId, channel: 'rotation.run', progress: { phase, done, total } };
      listeners.forEach((l) => l(frame));
    },
    finish() {
      running?.settle('done');
    },
  };

  bridge.onProgress = (listener) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };
  bridge.cancel = (jobId) => {
    state.cancelled.push(jobId);
    if (running?.jobId !== jobId) return Promise.resolve(false);
    running.settle('cancelled');
    return Promise.resolve(true);
  };

  bridge.on('rotation.status', () => ok(structuredClone(state.status)));
  bridge.on('rotation.history', ({ type, limit }) => ok(structuredClone(state.history.filter((r) => !type || r.type === type).slice(0, limit ?? 100))));
  bridge.on('rotation.run', async (input) => {
    if (running) return fail('ERR_ROTATION_IN_PROGRESS');
    const jobId = bridge.callsTo('rotation.run').at(-1)!.jobId!;
    const record: RotationRecord = {
      id: crypto.randomUUID(),
      type: input.type,
      programId: input.programId ?? null,
      oldFingerprint: `sha256:${'a'.repeat(32)}`,
      newFingerprint: null,
      reason: input.reason,
      initiator: bridge.auth.session!.userId,
      startedAt: new Date().toISOString(),
      endedAt: null,
      graceEndsAt: null,
      status: 'running',
      errorCode: null,
    };
    const outcome = await new Promise<'done' | 'cancelled'>((settle) => {
      running = { jobId, settle };
      if (!state.holdRuns) settle('done');
    });
    running = null;
    const failure = outcome === 'cancelled' ? 'ERR_CANCELLED' : state.failWith;
    state.failWith = null;
    const ended = { ...record, endedAt: new Date().toISOString() };
    if (failure) {
      state.history.unshift({ ...ended, status: 'failed', errorCode: failure });
      return fail(failure);
    }
    const done: RotationRecord = { ...ended, status: 'completed', newFingerprint: `sha256:${'b'.repeat(32)}` };
    state.history.unshift(done);
    state.status = {
      ...state.status,
      due: state.status.due.filter((d) => !(d.type === input.type && d.programId === (input.programId ?? null))),
      overdue: state.status.overdue.filter((d) => !(d.type === input.type && d.programId === (input.programId ?? null))),
    };
    return ok(done);
  });
  return state;
}

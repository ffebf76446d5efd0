// A scripted stand-in for main's backup service, installed on a fake bridge: backup.status and
// backup.schedule.* answer and change what the test scripts; export, verify and restore behave as
// main's jobs do — progress frames for their job id reach the page through the bridge's
// onProgress, cancel(jobId) aborts the job (answered ERR_CANCELLED, recorded as a failure), a job
// the test holds open waits until it is finished, and each outcome is remembered as the last
// backup or the last verification.
import { type BridgeProgress, type Envelope, type ErrorCode, errorMessages } from '../../../../../src/shared/contract';
import type { BackupProgress, BackupSchedule, BackupStatus, BackupVerification } from '../../../../../src/shared/domain';
import type { FakeBridge } from '../../fake-bridge';

const fail = (code: ErrorCode): Envelope<never> => ({ ok: false, error: { code, message: errorMessages[code] } });
const ok = <T>(value: T): Envelope<T> => ({ ok: true, value });

export const SUMMARY = { programs: 2, people: 3, assignments: 12 };
export const BACKUP_CREATED_AT = '2026-03-01T02:00:00.000Z';

export interface FakeBackup {
  status: BackupStatus;
  schedule: (BackupSchedule & { passphrase: string | null }) | null;
  /** When true, jobs wait for `finish()` (or a cancel) after they start. */
  holdJobs: boolean;
  /** Sends a progress frame for the running job. */
  progress(phase: BackupProgress['phase'], done: number, total: number): void;
  finish(): void;
  /** Job ids main was asked to cancel. */
  cancelled: string[];
  /** When set, the next job fails with this code. */
  failWith: ErrorCode | null;
  /** What verify answers about the file's creator and signer. */
  verified: Pick<BackupVerification, 'createdBy' | 'signer' | 'signedByThisSite'>;
}

export function installBackup(bridge: FakeBridge, script: Partial<Pick<FakeBackup, 'status' | 'schedule' | 'holdJobs'>> = {}): FakeBackup {
  const listeners = new Set<(frame: BridgeProgress) => void>();
  let running: { jobId: string; channel: string; settle: (outcome: 'done' | 'cancelled') => void } | null = null;
  const state: FakeBackup = {
    status: script.status ?? { lastBackup: null, lastVerification: null, lastSuccessfulVerification: null, running: null },
    schedule: script.schedule ?? null,
    holdJobs: script.holdJobs ?? false,
    cancelled: [],
    failWith: null,
    verified: { createdBy: bridge.auth.session?.userId ?? 'system', signer: { kid: 'backup-signing-key@1', thumbprint: 'sha256:aaaa' }, signedByThisSite: true },
    progress(phase, done, total) {
      if (!running) throw new Error('fake backup: nothing is running');
      const frame = { jobId: running.jobId, channel: running.channel, progress: { phase, done, total } };
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

  /** Runs one job as main does; null when it succeeded, else the failure's code. */
  async function job(channel: 'backup.export' | 'backup.verify' | 'backup.restore'): Promise<ErrorCode | null> {
    if (running) return 'ERR_BACKUP_BUSY';
    const jobId = bridge.callsTo(channel).at(-1)!.jobId!;
    const outcome = await new Promise<'done' | 'cancelled'>((settle) => {
      running = { jobId, channel, settle };
      if (!state.holdJobs) settle('done');
    });
    running = null;
    const failure = outcome === 'cancelled' ? 'ERR_CANCELLED' : state.failWith;
    state.failWith = null;
    return failure;
  }

  const now = () => new Date().toISOString();
  const view = (s: NonNullable<FakeBackup['schedule']>): BackupSchedule => {
    const { passphrase, ...rest } = s;
    return { ...rest, hasPassphrase: passphrase !== null, nextRunAt: s.enabled && passphrase !== null ? '2026-03-02T02:30:00.000Z' : null };
  };

  bridge.on('backup.status', () => ok(structuredClone(state.status)));
  bridge.on('backup.schedule.get', () => ok(state.schedule ? view(state.schedule) : null));
  bridge.on('backup.schedule.set', ({ settings, passphrase }) => {
    state.schedule = { ...settings, hasPassphrase: false, nextRunAt: null, passphrase: passphrase ?? state.schedule?.passphrase ?? null };
    return ok(view(state.schedule));
  });
  bridge.on('backup.export', async ({ path }) => {
    const failure = await job('backup.export');
    const at = now();
    if (failure) {
      state.status.lastBackup = { at, outcome: 'failure', code: failure, file: path, bytes: null, scheduled: false };
      return fail(failure);
    }
    state.status.lastBackup = { at, outcome: 'success', code: null, file: path, bytes: 2_400_000, scheduled: false };
    return ok({ file: path, bytes: 2_400_000, createdAt: at, summary: SUMMARY });
  });
  bridge.on('backup.verify', async ({ path }) => {
    const failure = await job('backup.verify');
    const at = now();
    if (failure) {
      state.status.lastVerification = { at, outcome: 'failure', code: failure, file: path, backupCreatedAt: null };
      return fail(failure);
    }
    state.status.lastVerification = { at, outcome: 'success', code: null, file: path, backupCreatedAt: BACKUP_CREATED_AT };
    state.status.lastSuccessfulVerification = state.status.lastVerification;
    return ok({ createdAt: BACKUP_CREATED_AT, appVersion: '0.1.0', schemaVersion: 5, summary: SUMMARY, fileBytes: 2_400_000, ...state.verified });
  });
  bridge.on('backup.restore', async () => {
    const failure = await job('backup.restore');
    if (failure) return fail(failure);
    return ok({ createdAt: BACKUP_CREATED_AT, summary: SUMMARY, safetyCopy: '/data/store.db.before-restore-2026-03-05T10-00-00-000Z', schemaFrom: 5, schemaTo: 5 });
  });
  return state;
}

// Owns the Backups screen's data: the last backup and last verification (also read by Home's
// card), the schedule, and the one export, verification or restore this window runs — its
// progress, and cancelling it. After an operation ends, however it ends, the status is read
// again: main records failures too.
import { create } from 'zustand';
import { devtools } from 'zustand/middleware';
import type { AppContract, Envelope, ErrorCode, InputOf, IpcError, OutputOf } from '../../../../shared/contract';
import type { BackupProgress, BackupSchedule, BackupStatus } from '../../../../shared/domain';
import { request } from '../../../api/request';
import { devtoolsEnabled } from '../../../lib/devtools';
import { type BackupJobChannel, type BackupJobKind, kindOf, runBackupJob } from './run-backup-job';

export interface RunningBackup {
  kind: BackupJobKind;
  progress: BackupProgress | null;
  cancelling: boolean;
}

export interface BackupData {
  status: BackupStatus | null;
  statusError: IpcError | null;
  /** Null both before it is read and when none is set: see scheduleRead. */
  schedule: BackupSchedule | null;
  scheduleRead: boolean;
  loading: boolean;
  error: IpcError | null;
  running: RunningBackup | null;
}

export interface BackupActions {
  /** Status only: Home's card. */
  refreshStatus: () => Promise<IpcError | null>;
  /** Everything the screen shows. */
  load: () => Promise<IpcError | null>;
  resume: () => Promise<IpcError | null>;
  /** Starts an operation; refused at once (ERR_BACKUP_BUSY) while this window runs one. */
  run: <K extends BackupJobChannel>(channel: K, input: InputOf<AppContract, K>) => Promise<Envelope<OutputOf<AppContract, K>>>;
  cancel: () => Promise<void>;
  saveSchedule: (input: InputOf<AppContract, 'backup.schedule.set'>) => Promise<Envelope<BackupSchedule>>;
  forget: () => void;
}

export type BackupStore = BackupData & BackupActions;

const SESSION_CODES: readonly ErrorCode[] = ['ERR_AUTH_SESSION_LOCKED', 'ERR_AUTH_REQUIRED', 'ERR_AUTH_SESSION_EXPIRED'];

export const initialBackupData: BackupData = {
  status: null,
  statusError: null,
  schedule: null,
  scheduleRead: false,
  loading: false,
  error: null,
  running: null,
};

export const useBackupStore = create<BackupStore>()(
  devtools(
    (set, get) => {
      let generation = 0;
      let job: { cancel: () => Promise<boolean> } | null = null;

      async function readStatus(): Promise<IpcError | null> {
        const g = generation;
        const answer = await request('backup.status', {});
        if (g !== generation) return null;
        if (!answer.ok) {
          set({ statusError: answer.error }, false, 'backup/status:failed');
          return answer.error;
        }
        set({ status: answer.value, statusError: null }, false, 'backup/status:done');
        return null;
      }

      return {
        ...initialBackupData,

        refreshStatus: readStatus,

        async load() {
          const g = generation;
          set({ loading: true, error: null }, false, 'backup/load');
          const [status, schedule] = await Promise.all([readStatus(), request('backup.schedule.get', {})]);
          if (g !== generation) return null;
          const error = status ?? (schedule.ok ? null : schedule.error);
          set(
            schedule.ok ? { loading: false, error, schedule: schedule.value, scheduleRead: true } : { loading: false, error },
            false,
            error ? 'backup/load:failed' : 'backup/load:done',
          );
          return error;
        },

        async resume() {
          const { error, statusError, loading } = get();
          const refused = [error, statusError].some((e) => e !== null && SESSION_CODES.includes(e.code));
          if (loading || !refused) return null;
          return get().load();
        },

        async run(channel, input) {
          if (get().running) {
            return { ok: false, error: { code: 'ERR_BACKUP_BUSY', message: 'A backup operation is already running in this window. Wait for it to finish or cancel it.' } };
          }
          const g = generation;
          set({ running: { kind: kindOf(channel), progress: null, cancelling: false } }, false, `backup/${kindOf(channel)}`);
          const started = runBackupJob(channel, input, (progress) => {
            const running = get().running;
            if (g === generation && running) set({ running: { ...running, progress } }, false, 'backup/progress');
          });
          job = started;
          const answer = await started.result;
          job = null;
          if (g !== generation) return answer;
          set({ running: null }, false, answer.ok ? `backup/${kindOf(channel)}:done` : `backup/${kindOf(channel)}:failed`);
          await readStatus();
          return answer;
        },

        async cancel() {
          const running = get().running;
          if (!running || !job || running.cancelling) return;
          set({ running: { ...running, cancelling: true } }, false, 'backup/cancel');
          const known = await job.cancel();
          // Too late (main had finished) or never known: the answer arrives as usual.
          const still = get().running;
          if (!known && still) set({ running: { ...still, cancelling: false } }, false, 'backup/cancel:unknown');
        },

        async saveSchedule(input) {
          const answer = await request('backup.schedule.set', input);
          if (answer.ok) set({ schedule: answer.value, scheduleRead: true }, false, 'backup/schedule:saved');
          return answer;
        },

        forget() {
          generation += 1;
          // An operation started by this session is not abandoned in main by a sign-out; only this view of it.
          job = null;
          set(initialBackupData, false, 'backup/forget');
        },
      };
    },
    { name: 'backup', enabled: devtoolsEnabled() },
  ),
);

/** Back to "nothing known yet" (sign-out, another user; tests). */
export function resetBackupStore(): void {
  useBackupStore.getState().forget();
}

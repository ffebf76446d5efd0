// Owns the rotation dashboard's data: what is due, overdue and in grace (also read by the shell's
// notice), the history, the programs (to name per-program secrets), and the one rotation this
// window runs — its progress, and cancelling it. After a run ends, however it ends, status and
// history are read again: a rotation changes both, and a failed one is recorded too.
import { create } from 'zustand';
import { devtools } from 'zustand/middleware';
import type { Envelope, ErrorCode, IpcError } from '../../../../shared/contract';
import type { Program, RotationRecord, RotationStatus } from '../../../../shared/domain';
import { request } from '../../../api/request';
import { devtoolsEnabled } from '../../../lib/devtools';
import { type RotationProgress, type RotationRunInput, runRotation } from './run-rotation';

const HISTORY_SHOWN = 50;

export interface RunningRotation {
  input: Pick<RotationRunInput, 'type' | 'programId'>;
  progress: RotationProgress | null;
  cancelling: boolean;
}

export interface RotationData {
  status: RotationStatus | null;
  statusError: IpcError | null;
  history: RotationRecord[] | null;
  programs: Program[] | null;
  loading: boolean;
  error: IpcError | null;
  running: RunningRotation | null;
}

export interface RotationActions {
  /** Status only: the shell's notice. */
  refreshStatus: () => Promise<IpcError | null>;
  /** Everything the dashboard shows. */
  load: () => Promise<IpcError | null>;
  resume: () => Promise<IpcError | null>;
  /** Starts a rotation; refused at once (ERR_ROTATION_IN_PROGRESS) while this window runs one. */
  run: (input: RotationRunInput) => Promise<Envelope<RotationRecord>>;
  cancel: () => Promise<void>;
  forget: () => void;
}

export type RotationStore = RotationData & RotationActions;

const SESSION_CODES: readonly ErrorCode[] = ['ERR_AUTH_SESSION_LOCKED', 'ERR_AUTH_REQUIRED', 'ERR_AUTH_SESSION_EXPIRED'];

export const initialRotationData: RotationData = {
  status: null,
  statusError: null,
  history: null,
  programs: null,
  loading: false,
  error: null,
  running: null,
};

export const useRotationStore = create<RotationStore>()(
  devtools(
    (set, get) => {
      let generation = 0;
      let job: { cancel: () => Promise<boolean> } | null = null;

      async function readStatus(): Promise<IpcError | null> {
        const g = generation;
        const answer = await request('rotation.status', {});
        if (g !== generation) return null;
        if (!answer.ok) {
          set({ statusError: answer.error }, false, 'rotation/status:failed');
          return answer.error;
        }
        set({ status: answer.value, statusError: null }, false, 'rotation/status:done');
        return null;
      }

      return {
        ...initialRotationData,

        refreshStatus: readStatus,

        async load() {
          const g = generation;
          set({ loading: true, error: null }, false, 'rotation/load');
          const [status, history, programs] = await Promise.all([
            readStatus(),
            request('rotation.history', { limit: HISTORY_SHOWN }),
            request('programs.list', {}),
          ]);
          if (g !== generation) return null;
          const error = status ?? (!history.ok ? history.error : !programs.ok ? programs.error : null);
          set(
            {
              loading: false,
              error,
              history: history.ok ? history.value : get().history,
              programs: programs.ok ? programs.value : get().programs,
            },
            false,
            error ? 'rotation/load:failed' : 'rotation/load:done',
          );
          return error;
        },

        async resume() {
          const { error, statusError, loading } = get();
          const refused = [error, statusError].some((e) => e !== null && SESSION_CODES.includes(e.code));
          if (loading || !refused) return null;
          return get().load();
        },

        async run(input) {
          if (get().running) {
            return { ok: false, error: { code: 'ERR_ROTATION_IN_PROGRESS', message: 'A rotation is already running in this window. Wait for it to finish or cancel it.' } };
          }
          const g = generation;
          set({ running: { input: { type: input.type, programId: input.programId }, progress: null, cancelling: false } }, false, 'rotation/run');
          const started = runRotation(input, (progress) => {
            const running = get().running;
            if (g === generation && running) set({ running: { ...running, progress } }, false, 'rotation/run:progress');
          });
          job = started;
          const answer = await started.result;
          job = null;
          if (g !== generation) return answer;
          set({ running: null }, false, answer.ok ? 'rotation/run:done' : 'rotation/run:failed');
          await get().load();
          return answer;
        },

        async cancel() {
          const running = get().running;
          if (!running || !job || running.cancelling) return;
          set({ running: { ...running, cancelling: true } }, false, 'rotation/cancel');
          const known = await job.cancel();
          // Too late (main had finished) or never known: the answer arrives as usual.
          if (!known && get().running) set({ running: { ...get().running!, cancelling: false } }, false, 'rotation/cancel:unknown');
        },

        forget() {
          generation += 1;
          // A rotation started by this session is not abandoned in main by a sign-out; only this view of it.
          job = null;
          set(initialRotationData, false, 'rotation/forget');
        },
      };
    },
    { name: 'rotation', enabled: devtoolsEnabled() },
  ),
);

/** Back to "nothing known yet" (sign-out, another user; tests). */
export function resetRotationStore(): void {
  useRotationStore.getState().forget();
}

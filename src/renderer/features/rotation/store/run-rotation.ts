// Owns running one rotation as a job: the call carries a job id, main's progress frames for that
// job are parsed with the contract's schema and handed on, and the job can be cancelled. Like
// request(), the promise always settles with an envelope (a transport failure becomes
// ERR_INTERNAL).
import { type AppContract, contract, type Envelope, type InputOf, type OutputOf, type ProgressOf } from '../../../../shared/contract';
import { call, cancel, newJobId, onProgress } from '../../../api/client';
import { NO_ANSWER_MESSAGE } from '../../../api/request';

export type RotationProgress = ProgressOf<AppContract, 'rotation.run'>;
export type RotationPhase = RotationProgress['phase'];
export type RotationRunInput = InputOf<AppContract, 'rotation.run'>;

export interface RotationJob {
  result: Promise<Envelope<OutputOf<AppContract, 'rotation.run'>>>;
  /** Asks main to stop; true when main knew the job. The result then settles (ERR_CANCELLED, or done if too late). */
  cancel: () => Promise<boolean>;
}

export function runRotation(input: RotationRunInput, progress: (p: RotationProgress) => void): RotationJob {
  const jobId = newJobId();
  let unsubscribe: () => void = () => undefined;
  const result = (async (): Promise<Envelope<OutputOf<AppContract, 'rotation.run'>>> => {
    try {
      unsubscribe = onProgress((frame) => {
        if (frame.jobId !== jobId || frame.channel !== 'rotation.run') return;
        const parsed = contract['rotation.run'].progress?.safeParse(frame.progress);
        if (parsed?.success) progress(parsed.data);
      });
      return await call('rotation.run', input, { jobId });
    } catch {
      return { ok: false, error: { code: 'ERR_INTERNAL', message: NO_ANSWER_MESSAGE } };
    } finally {
      unsubscribe();
    }
  })();
  return {
    result,
    cancel: () => cancel(jobId).catch(() => false),
  };
}

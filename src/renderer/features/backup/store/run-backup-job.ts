// Owns running one backup operation (export, verify or restore) as a job: the call carries a job
// id, main's progress frames for that job are parsed with the channel's schema and handed on, and
// the job can be cancelled. Like request(), the promise always settles with an envelope (a
// transport failure becomes ERR_INTERNAL).
import { type AppContract, contract, type Envelope, type InputOf, type OutputOf } from '../../../../shared/contract';
import type { BackupProgress } from '../../../../shared/domain';
import { call, cancel, newJobId, onProgress } from '../../../api/client';
import { NO_ANSWER_MESSAGE } from '../../../api/request';

export type BackupJobChannel = 'backup.export' | 'backup.verify' | 'backup.restore';
export type BackupJobKind = 'export' | 'verify' | 'restore';

export const kindOf = (channel: BackupJobChannel): BackupJobKind => channel.slice('backup.'.length) as BackupJobKind;

export interface BackupJob<K extends BackupJobChannel> {
  result: Promise<Envelope<OutputOf<AppContract, K>>>;
  /** Asks main to stop; true when main knew the job. The result then settles (ERR_CANCELLED, or done if too late). */
  cancel: () => Promise<boolean>;
}

export function runBackupJob<K extends BackupJobChannel>(channel: K, input: InputOf<AppContract, K>, progress: (p: BackupProgress) => void): BackupJob<K> {
  const jobId = newJobId();
  let unsubscribe: () => void = () => undefined;
  const result = (async (): Promise<Envelope<OutputOf<AppContract, K>>> => {
    try {
      unsubscribe = onProgress((frame) => {
        if (frame.jobId !== jobId || frame.channel !== channel) return;
        const parsed = contract[channel].progress?.safeParse(frame.progress);
        if (parsed?.success) progress(parsed.data);
      });
      return await call(channel, input, { jobId });
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

// Owns one program data-key rotation: move the program to the next key version (core/reencrypt),
// then re-seal its rows in yielding batches. If an earlier run stopped part-way (crash, cancel,
// failure), the program's current version still has older rows: this run resumes that job instead
// of moving the version again.
import type { ProgramKeyring } from '../../field-crypto';
import { ProgramNotFoundError } from '../../programs';
import { reencryptScope, startProgramKeyRotation, staleRowCount } from '../../reencrypt';
import { programById, type WritableDb } from '../../store';
import { RotationCancelledError } from '../errors';
import { keyFingerprint } from '../fingerprint';
import type { RotatorResult } from './rotator';

export interface ProgramKeyProgress {
  done: number;
  total: number;
}

export async function rotateProgramDataKey(
  deps: { writer: () => WritableDb; keys: ProgramKeyring; now: () => Date },
  programId: string,
  opts: { signal?: AbortSignal | undefined; onProgress?: (p: ProgramKeyProgress) => void },
): Promise<RotatorResult> {
  const db = deps.writer();
  const program = programById(db, programId);
  if (!program) throw new ProgramNotFoundError();
  const current = program.data_key_version;
  const resuming = current > 1 && staleRowCount(db, programId, current) > 0;
  const target = resuming ? current : startProgramKeyRotation(db, programId, deps.now).toVersion;
  const fp = (v: number) => keyFingerprint('program-data-key', deps.keys.dataKey(programId, v));
  const result = await reencryptScope({ writer: deps.writer, keys: deps.keys }, programId, {
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
  if (result.state === 'cancelled') throw new RotationCancelledError();
  return { oldFingerprint: fp(target - 1), newFingerprint: fp(target), graceEndsAt: null };
}

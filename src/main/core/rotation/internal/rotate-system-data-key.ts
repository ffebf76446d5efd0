// Owns one system-scope data-key rotation (users' encrypted display names): move the scope to the
// next key version (core/reencrypt), then re-seal its rows in yielding batches. As for a program,
// a run that finds rows still under an older version resumes that job instead of moving again.
import type { ProgramKeyring } from '../../field-crypto';
import { reencryptScope, startSystemKeyRotation, staleRowCount } from '../../reencrypt';
import { readSystemKeyVersion, type WritableDb } from '../../store';
import { SYSTEM_SCOPE } from '../../users';
import { RotationCancelledError } from '../errors';
import { keyFingerprint } from '../fingerprint';
import type { RotatorResult } from './rotator';

export async function rotateSystemDataKey(
  deps: { writer: () => WritableDb; keys: ProgramKeyring },
  opts: { signal?: AbortSignal | undefined; onProgress?: (p: { done: number; total: number }) => void },
): Promise<RotatorResult> {
  const db = deps.writer();
  const current = readSystemKeyVersion(db);
  const resuming = current > 1 && staleRowCount(db, SYSTEM_SCOPE, current) > 0;
  const target = resuming ? current : startSystemKeyRotation(db).toVersion;
  const fp = (v: number) => keyFingerprint('system-data-key', deps.keys.dataKey(SYSTEM_SCOPE, v));
  const result = await reencryptScope({ writer: deps.writer, keys: deps.keys }, SYSTEM_SCOPE, {
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
  if (result.state === 'cancelled') throw new RotationCancelledError();
  return { oldFingerprint: fp(target - 1), newFingerprint: fp(target), graceEndsAt: null };
}

// Owns the usage log of managed keys: every use (encrypt, decrypt, sign, verify, export) is
// recorded with its outcome, caller and time — success, failure (with the error code) or denied
// by policy. Never the data, never the material.
import type { KeyOperation, KeyUsageEntry, KeyUsageOutcome } from '../../../shared/domain';
import { isCodedError } from '../errors';
import { insertKeyUsage, keyUsageOf, type ReadableDb, type WritableDb } from '../store';

export interface KeyUsageLog {
  record(entry: { keyId: string; operation: KeyOperation; outcome: KeyUsageOutcome; caller: string; errorCode?: string | null }): void;
  /** Newest first. */
  of(keyId: string, limit: number): KeyUsageEntry[];
}

/** The outcome and code a thrown error is logged with: a policy refusal is "denied", anything else "failure". */
export function outcomeOf(e: unknown): { outcome: KeyUsageOutcome; errorCode: string } {
  const code = isCodedError(e) ? e.code : 'ERR_INTERNAL';
  return { outcome: code === 'ERR_KEYS_ACCESS_DENIED' ? 'denied' : 'failure', errorCode: code };
}

export function createKeyUsageLog(deps: { reader: () => ReadableDb; writer: () => WritableDb; now: () => Date }): KeyUsageLog {
  return {
    record(e) {
      insertKeyUsage(deps.writer(), {
        key_id: e.keyId,
        at: deps.now().toISOString(),
        operation: e.operation,
        outcome: e.outcome,
        caller: e.caller,
        error_code: e.errorCode ?? null,
      });
    },
    of(keyId, limit) {
      return keyUsageOf(deps.reader(), keyId, limit).map((r) => ({
        keyId: r.key_id,
        at: r.at,
        operation: r.operation as KeyOperation,
        outcome: r.outcome as KeyUsageOutcome,
        caller: r.caller,
        errorCode: r.error_code,
      }));
    },
  };
}

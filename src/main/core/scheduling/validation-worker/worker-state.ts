// Owns what the validation worker keeps and does, apart from the thread around it (so it is also
// testable in-process): one incremental validator and one mirror of the warm document per key
// (`programId|yearId`), and the findings last sent for it (an answer names those it reuses). A
// request that throws forgets its key, so the next one starts clean.
import { performance } from 'node:perf_hooks';
import type { Finding, ScheduleDocument } from '../../../../shared/domain';
import { createIncrementalValidator, deriveSlots, type IncrementalValidator, validateSchedule } from '../engine';
import { applyPatch } from './apply-patch';
import { encodeList } from './list-transfer';
import type { WorkerAnswer as Answer, WorkerRequest } from './protocol';

export interface WorkerState {
  handle(request: Exclude<WorkerRequest, { op: 'crash' }>): Answer;
}

export function createWorkerState(): WorkerState {
  const warm = new Map<string, { validator: IncrementalValidator; doc: ScheduleDocument; sent?: Finding[] }>();
  const timed = (key: string | undefined, fn: () => Finding[]): Answer => {
    const started = performance.now();
    const findings = fn();
    const ms = performance.now() - started;
    const entry = key === undefined ? undefined : warm.get(key);
    const encoded = encodeList(findings, entry?.sent);
    if (entry) entry.sent = findings;
    return { findings: encoded, ms };
  };

  function sync(key: string, doc: ScheduleDocument, touched: Parameters<IncrementalValidator['update']>[1]): Finding[] {
    const entry = warm.get(key);
    if (!entry) {
      const validator = createIncrementalValidator(doc);
      warm.set(key, { validator, doc });
      return validator.findings();
    }
    entry.doc = doc;
    return entry.validator.update(doc, touched);
  }

  return {
    handle(request) {
      const key = 'key' in request ? request.key : undefined;
      try {
        switch (request.op) {
          case 'sync':
            return timed(request.key, () => sync(request.key, request.doc, request.touched));
          case 'patch': {
            const entry = warm.get(request.key);
            if (!entry) return { missing: true };
            return timed(request.key, () => sync(request.key, applyPatch(entry.doc, request.patch), request.touched));
          }
          case 'validate':
            return timed(undefined, () => validateSchedule(request.doc));
          case 'slots': {
            const entry = warm.get(request.key);
            if (!entry) return { missing: true };
            return { slots: encodeList(deriveSlots(entry.doc, request.range)) };
          }
          case 'slotsOf':
            return { slots: encodeList(deriveSlots(request.doc, request.range)) };
          case 'drop': {
            let dropped = 0;
            for (const k of [...warm.keys()]) {
              if (request.keyPrefix === undefined || k.startsWith(request.keyPrefix)) dropped += warm.delete(k) ? 1 : 0;
            }
            return { dropped };
          }
        }
      } catch (e) {
        if (key !== undefined) warm.delete(key);
        // Only the kind of error: a message could quote the document, and this one gets logged.
        return { error: e instanceof Error ? e.name : typeof e };
      }
    },
  };
}

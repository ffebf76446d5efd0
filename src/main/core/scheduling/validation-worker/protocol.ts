// Owns the messages between the main thread and the validation worker: what a request asks, what
// a reply carries, and the patch descriptors that name a grid edit as data (a closure cannot cross
// a thread). Requests carry an id; the worker answers each with the same id, in order.
import type { CallKind, DaySlot, ExtraDuty, HalfDayOverride, IsoDate, ScheduleDocument } from '../../../../shared/domain';
import type { SlotRange, TouchedScope } from '../engine';
import type { EncodedDocument } from './document-transfer';
import type { EncodedList } from './list-transfer';

/** One grid edit, as data: applied to the warm document on both sides by ./apply-patch.ts. */
export type PatchDescriptor =
  | { kind: 'assignments'; changes: readonly { personId: string; block: number; rotationId: string | null }[] }
  | {
      kind: 'override';
      at: { personId: string; date: IsoDate; slot: DaySlot };
      override: Omit<HalfDayOverride, 'personId' | 'date' | 'slot'> | null;
    }
  | { kind: 'call'; date: IsoDate; callKind: CallKind; next: { personId: string; startTime?: string; hours?: number } | null }
  | { kind: 'extra-duty'; at: Pick<ExtraDuty, 'personId' | 'date' | 'kind'>; duty: Pick<ExtraDuty, 'startTime' | 'hours'> | null };

export type WorkerRequest =
  /** Warm `key` with `doc`: an incremental update of what `touched` names when warm, a full run when not. */
  | { op: 'sync'; key: string; doc: ScheduleDocument; touched: TouchedScope }
  /** Apply `patch` to the worker's copy of `key`'s document and update what `touched` names. */
  | { op: 'patch'; key: string; patch: PatchDescriptor; touched: TouchedScope }
  /** A full, stateless run of every rule (keeps nothing). */
  | { op: 'validate'; doc: ScheduleDocument }
  /** The grid slots of a date range, of `key`'s warm document. */
  | { op: 'slots'; key: string; range: SlotRange }
  /** The grid slots of a date range, of `doc` (keeps nothing). */
  | { op: 'slotsOf'; doc: ScheduleDocument; range: SlotRange }
  /** Forget the keys starting with `keyPrefix`, or every key. */
  | { op: 'drop'; keyPrefix?: string }
  /** Test hook only: the worker throws an uncaught exception. */
  | { op: 'crash' };

export type WorkerReply =
  /** `ms`: time the rules took (encoding excluded). */
  | { id: number; findings: EncodedList; ms: number }
  | { id: number; slots: EncodedList }
  /** A patch or slots request for a key the worker does not hold: the client sends the whole document instead. */
  | { id: number; missing: true }
  | { id: number; dropped: number }
  | { id: number; error: string };

export type Numbered<T> = T & { id: number };

/** A request as posted: numbered, its document (if any) in slices (./document-transfer.ts). */
export type WireRequest = Numbered<OnTheWire<WorkerRequest>>;
type OnTheWire<R> = R extends { doc: ScheduleDocument } ? Omit<R, 'doc'> & { doc: EncodedDocument } : R;

/** A reply before the worker stamps the request's id on it. */
export type WorkerAnswer = DistributiveOmitId<WorkerReply>;
type DistributiveOmitId<T> = T extends unknown ? Omit<T, 'id'> : never;

// Owns the one path every IPC call takes in main, whatever the transport (Electron IPC or the
// browser host): frame check, size bound, permission hook, strict parse, handler, output check,
// envelope. Nothing thrown by a handler escapes; nothing unvalidated reaches a handler.
import {
  type Contract,
  type Envelope,
  type ErrorCode,
  errorMessages,
  MAX_PAYLOAD_BYTES,
  type OutputOf,
  type ParsedInputOf,
  type Permission,
  type ProgressOf,
  RequestFrame,
} from '../../../shared/contract';
import { isCodedError } from '../errors';
import type { Logger } from '../log';
import { payloadBytes } from './internal/payload-size';

/** Who is calling: one renderer window, or one browser-host connection. */
export interface Caller {
  readonly id: string;
}

export interface HandlerContext<P> {
  readonly caller: Caller;
  /** Aborted when the caller cancels the job or goes away. */
  readonly signal: AbortSignal;
  readonly progress: (p: P) => void;
}

export type Handlers<C extends Contract> = {
  [K in keyof C]: (
    input: ParsedInputOf<C, K>,
    ctx: HandlerContext<ProgressOf<C, K>>,
  ) => Promise<OutputOf<C, K>> | OutputOf<C, K>;
};

/** Returns null to allow, or the code that refuses. The accounts issue fills in sessions and roles. */
export type Authorize = (caller: Caller, permission: Permission, channel: string) => ErrorCode | null | Promise<ErrorCode | null>;

export interface DispatcherOptions<C extends Contract> {
  contract: C;
  handlers: Handlers<C>;
  authorize: Authorize;
  log: Logger;
  emitProgress: (caller: Caller, frame: { jobId: string; channel: string; progress: unknown }) => void;
}

export interface Dispatcher {
  dispatch(caller: Caller, frame: unknown): Promise<Envelope<unknown>>;
  /** Cancels one of the caller's own jobs; false when there is no such job. */
  cancel(caller: Caller, jobId: unknown): boolean;
  /** The caller went away (window closed, socket dropped): abort its jobs. */
  dropCaller(caller: Caller): void;
}

const fail = (code: ErrorCode): Envelope<never> => ({ ok: false, error: { code, message: errorMessages[code] } });

export function createDispatcher<C extends Contract>(opts: DispatcherOptions<C>): Dispatcher {
  const { contract, handlers, authorize, log, emitProgress } = opts;
  const jobs = new Map<string, Map<string, AbortController>>();
  const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

  async function dispatch(caller: Caller, raw: unknown): Promise<Envelope<unknown>> {
    const frame = RequestFrame.safeParse(raw);
    if (!frame.success) return fail('ERR_IPC_BAD_INPUT');
    const { channel, input, jobId } = frame.data;
    if (!own(contract, channel) || !own(handlers, channel)) {
      log.warn('unknown channel', { channel: channel.slice(0, 100) });
      return fail('ERR_IPC_UNKNOWN_CHANNEL');
    }
    const def = contract[channel]!;
    const size = payloadBytes(input);
    if (size === null) return fail('ERR_IPC_BAD_INPUT');
    if (size > (def.maxPayloadBytes ?? MAX_PAYLOAD_BYTES)) return fail('ERR_IPC_PAYLOAD_TOO_LARGE');

    let denied: ErrorCode | null;
    try {
      denied = await authorize(caller, def.permission, channel);
    } catch (e) {
      log.error('authorize failed', { channel, error: e });
      return fail('ERR_INTERNAL');
    }
    if (denied) return fail(denied);

    const parsed = def.input.safeParse(input);
    if (!parsed.success) {
      log.info('rejected input', { channel, issues: parsed.error.issues.slice(0, 5).map((i) => ({ path: i.path.map(String), code: i.code })) });
      return fail('ERR_IPC_BAD_INPUT');
    }

    const controller = new AbortController();
    const callerJobs = jobs.get(caller.id) ?? new Map<string, AbortController>();
    if (jobId) {
      if (callerJobs.has(jobId)) return fail('ERR_IPC_BAD_INPUT');
      callerJobs.set(jobId, controller);
      jobs.set(caller.id, callerJobs);
    }
    const progressSchema = def.progress;
    const ctx: HandlerContext<unknown> = {
      caller,
      signal: controller.signal,
      progress: (p) => {
        if (!jobId || !progressSchema || controller.signal.aborted) return;
        const checked = progressSchema.safeParse(p);
        if (checked.success) emitProgress(caller, { jobId, channel, progress: checked.data });
        else log.error('handler emitted malformed progress', { channel });
      },
    };

    try {
      const handler = handlers[channel] as (i: unknown, c: HandlerContext<unknown>) => unknown;
      const value = await handler(parsed.data, ctx);
      if (controller.signal.aborted) return fail('ERR_CANCELLED');
      const out = def.output.safeParse(value);
      if (!out.success) {
        log.error('handler returned malformed output', { channel });
        return fail('ERR_IPC_BAD_OUTPUT');
      }
      return { ok: true, value: out.data };
    } catch (e) {
      if (controller.signal.aborted) return fail('ERR_CANCELLED');
      if (isCodedError(e)) {
        log.info('handler refused', { channel, code: e.code, detail: e.message });
        return fail(e.code);
      }
      log.error('handler threw', { channel, error: e });
      return fail('ERR_INTERNAL');
    } finally {
      if (jobId) {
        callerJobs.delete(jobId);
        if (callerJobs.size === 0) jobs.delete(caller.id);
      }
    }
  }

  return {
    dispatch,
    cancel(caller, jobId) {
      if (typeof jobId !== 'string') return false;
      const c = jobs.get(caller.id)?.get(jobId);
      if (!c) return false;
      c.abort();
      return true;
    },
    dropCaller(caller) {
      for (const c of jobs.get(caller.id)?.values() ?? []) c.abort();
      jobs.delete(caller.id);
    },
  };
}

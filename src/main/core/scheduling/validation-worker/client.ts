// Owns the main thread's side of the validation worker: one worker thread, started on first use,
// and a FIFO queue of requests sent one at a time, so answers come back in request order and a
// patch always lands on the document the edit before it left. The client remembers which keys the
// worker holds; a request on a key it lacks (first use, after a drop, after a restart) is sent
// with the whole document instead. A worker that dies is replaced and the request it was running
// is retried once; a second failure rejects that request with ValidationUnavailableError and the
// queue moves on. Documents go out in slices (./document-transfer.ts) and lists come back as JSON
// batches, parsed one per turn of the event loop and reusing the previous answer's findings for a
// warm year (./list-transfer.ts); answers are decoded in request order. The worker is unref'd
// while idle, so it never keeps a CLI or a test alive.
import { Worker } from 'node:worker_threads';
import type { Finding, GridSlot, ScheduleDocument } from '../../../../shared/domain';
import type { SlotRange, TouchedScope } from '../engine';
import { ValidationUnavailableError } from '../errors';
import { encodeDocument } from './document-transfer';
import { decodeList } from './list-transfer';
import type { PatchDescriptor, WireRequest, WorkerReply, WorkerRequest } from './protocol';
import { validationWorkerSource } from './worker-source';

export interface WorkerFindings {
  findings: Finding[];
  /** Time the rules took inside the worker. */
  ms: number;
}

export interface ValidationWorker {
  /** Warms `key` with `doc` (incremental over what `touched` names when the worker holds it). */
  sync(key: string, doc: ScheduleDocument, touched: TouchedScope): Promise<WorkerFindings>;
  /** Applies `patch` to the worker's copy of `key`; `doc` is the patched document, sent whole only when the worker lacks the key. */
  patch(key: string, patch: PatchDescriptor, touched: TouchedScope, doc: ScheduleDocument): Promise<WorkerFindings>;
  /** A full, stateless validation of `doc`. */
  validate(doc: ScheduleDocument): Promise<WorkerFindings>;
  /** Grid slots of `doc`; with `warmKey` (`doc` is that key's warm document) the worker uses its own copy when it holds one. */
  slots(doc: ScheduleDocument, range: SlotRange, warmKey?: string): Promise<GridSlot[]>;
  /** Forgets the keys starting with `keyPrefix`, or all (the worker's documents hold names). */
  drop(keyPrefix?: string): Promise<void>;
  /** Rejects what is queued and stops the worker. */
  close(): Promise<void>;
}

export interface ValidationWorkerOptions {
  /** The worker's CommonJS source; defaults to the bundle beside this build (./worker-source.ts). */
  source?: () => Promise<string>;
}

/** What a job asks; requests on a key carry the document to send when the worker lacks the key. */
type JobRequest =
  | Exclude<WorkerRequest, { op: 'patch' | 'slots' | 'slotsOf' }>
  | (Extract<WorkerRequest, { op: 'patch' }> & { doc: ScheduleDocument })
  | { op: 'slots'; key: string | undefined; range: SlotRange; doc: ScheduleDocument };

interface Job {
  id: number;
  request: JobRequest;
  attempts: number;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

const RETRIES = 1;

const hooks = new WeakMap<ValidationWorker, ClientInternals>();

export function createValidationWorker(options: ValidationWorkerOptions = {}): ValidationWorker {
  const source = options.source ?? validationWorkerSource;
  const queue: Job[] = [];
  const known = new Set<string>();
  /** The last decoded findings per key: what the worker's next answer for it may reuse. */
  const last = new Map<string, Finding[]>();
  /** Decoding runs in request order, one after the other. */
  let decoding: Promise<unknown> = Promise.resolve();
  const inOrder = (step: () => Promise<void> | void) => {
    decoding = decoding.then(step);
  };
  let worker: Worker | null = null;
  let current: Job | null = null;
  let nextId = 1;
  let closed = false;

  function spawn(code: string): Worker {
    const w = new Worker(code, { eval: true, name: 'schedule-validation' });
    w.on('message', (reply: WorkerReply) => answered(w, reply));
    w.on('error', (e) => died(w, e));
    w.on('exit', (code) => died(w, new Error(`validation worker exited with code ${code}`)));
    return w;
  }

  function died(w: Worker, cause: Error): void {
    if (w !== worker) return; // 'error' is followed by 'exit'; a replaced worker no longer counts
    worker = null;
    known.clear();
    const job = current;
    current = null;
    if (closed || !job) return;
    if (++job.attempts > RETRIES) job.reject(new ValidationUnavailableError('the rule engine worker failed twice on this request', { cause }));
    else queue.unshift(job);
    pump();
  }

  function answered(w: Worker, reply: WorkerReply): void {
    const job = current;
    if (w !== worker || !job || job.id !== reply.id) return;
    const key = 'key' in job.request ? job.request.key : undefined;
    if ('missing' in reply) {
      // The worker dropped the key behind the client's back (after a failure): send the document.
      if (key !== undefined) known.delete(key);
      void send(job);
      return;
    }
    current = null;
    w.unref();
    if ('error' in reply) {
      if (key !== undefined) known.delete(key);
      inOrder(() => {
        if (key !== undefined) last.delete(key);
        job.reject(new ValidationUnavailableError(`the rule engine failed (${reply.error})`));
      });
    } else if ('findings' in reply) {
      if (key !== undefined) known.add(key);
      inOrder(async () => {
        try {
          const findings = await decodeList<Finding>(reply.findings, key === undefined ? undefined : last.get(key));
          if (key !== undefined) last.set(key, findings);
          job.resolve({ findings, ms: reply.ms } satisfies WorkerFindings);
        } catch (e) {
          if (key !== undefined) {
            last.delete(key);
            void client.drop(key).catch(() => undefined);
          }
          job.reject(new ValidationUnavailableError('the rule engine worker sent findings that could not be read', { cause: e }));
        }
      });
    } else if ('slots' in reply) {
      inOrder(async () => {
        job.resolve(await decodeList<GridSlot>(reply.slots));
      });
    } else {
      inOrder(() => job.resolve(undefined));
    }
    pump();
  }

  /** The message for a job: by key when the worker holds it, else with the whole document. */
  async function messageFor(job: Job): Promise<WireRequest> {
    const { id, request } = job;
    switch (request.op) {
      case 'patch':
        if (known.has(request.key)) return { id, op: 'patch', key: request.key, patch: request.patch, touched: request.touched };
        return { id, op: 'sync', key: request.key, doc: await encodeDocument(request.doc), touched: request.touched };
      case 'slots':
        if (request.key !== undefined && known.has(request.key)) return { id, op: 'slots', key: request.key, range: request.range };
        return { id, op: 'slotsOf', doc: await encodeDocument(request.doc), range: request.range };
      case 'sync':
      case 'validate':
        return { ...request, id, doc: await encodeDocument(request.doc) };
      default:
        return { ...request, id };
    }
  }

  async function send(job: Job): Promise<void> {
    const { request } = job;
    if (request.op === 'drop') {
      for (const k of [...known]) if (request.keyPrefix === undefined || k.startsWith(request.keyPrefix)) known.delete(k);
      inOrder(() => {
        for (const k of [...last.keys()]) if (request.keyPrefix === undefined || k.startsWith(request.keyPrefix)) last.delete(k);
      });
      if (!worker) {
        // Nothing started holds anything: answer without starting a worker.
        current = null;
        inOrder(() => job.resolve(undefined));
        pump();
        return;
      }
    }
    if (!worker) {
      let code: string;
      try {
        code = await source();
      } catch (e) {
        current = null;
        job.reject(new ValidationUnavailableError('the rule engine worker could not be started', { cause: e }));
        pump();
        return;
      }
      if (closed) return;
      worker = spawn(code);
    }
    const w = worker;
    w.ref();
    const message = await messageFor(job);
    // The worker may have died while the document was being encoded: died() has requeued the job.
    if (w === worker && current === job) w.postMessage(message);
  }

  function pump(): void {
    if (closed || current || queue.length === 0) return;
    current = queue.shift()!;
    void send(current);
  }

  function enqueue<T>(request: JobRequest): Promise<T> {
    if (closed) return Promise.reject(new ValidationUnavailableError('the rule engine worker is shut down'));
    return new Promise<T>((resolve, reject) => {
      queue.push({ id: nextId++, request, attempts: 0, resolve: resolve as (value: unknown) => void, reject });
      pump();
    });
  }

  const internals: ClientInternals = {
    kill: async () => {
      await worker?.terminate();
    },
    threadId: () => worker?.threadId ?? null,
    crash: () => enqueue({ op: 'crash' }),
  };

  const client: ValidationWorker = {
    sync: (key, doc, touched) => enqueue({ op: 'sync', key, doc, touched }),
    patch: (key, patch, touched, doc) => enqueue({ op: 'patch', key, patch, touched, doc }),
    validate: (doc) => enqueue({ op: 'validate', doc }),
    slots: (doc, range, warmKey) => enqueue({ op: 'slots', key: warmKey, range, doc }),
    drop: (keyPrefix) => enqueue(keyPrefix === undefined ? { op: 'drop' } : { op: 'drop', keyPrefix }),
    async close() {
      if (closed) return;
      closed = true;
      const error = new ValidationUnavailableError('the rule engine worker is shut down');
      for (const job of queue.splice(0)) job.reject(error);
      current?.reject(error);
      current = null;
      last.clear();
      const w = worker;
      worker = null;
      await w?.terminate();
    },
  };
  hooks.set(client, internals);
  return client;
}

interface ClientInternals {
  kill(): Promise<void>;
  threadId(): number | null;
  crash(): Promise<unknown>;
}

/**
 * Test hooks, frozen; not exported from the folder's index. kill() terminates the running worker
 * as a crash would; threadId() names the running worker (null when none); crash() queues a request
 * that makes every worker taking it throw an uncaught exception.
 */
export const validationWorkerTestHooks = Object.freeze({
  kill: (client: ValidationWorker) => hooks.get(client)!.kill(),
  threadId: (client: ValidationWorker) => hooks.get(client)!.threadId(),
  crash: (client: ValidationWorker) => hooks.get(client)!.crash(),
});

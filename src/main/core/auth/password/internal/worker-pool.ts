// Owns the bcrypt worker threads. bcryptjs is pure JavaScript: even its async API blocks the loop
// for ~100 ms at a time (TOOLCHAIN.md), so every hash and compare runs in a worker, where the
// synchronous API is both the fastest and harmless. A small pool (one job per worker at a time,
// FIFO queue, an id on every request) keeps concurrent logins from queueing behind one another.
// A worker that dies (uncaught exception, exit) fails only the job it was running; it is dropped
// and a fresh one is started for the queued jobs. Workers are unref'd while idle, so a forgotten
// close() never keeps a CLI or a test process alive.
// The worker is plain CommonJS passed with `eval: true` (as in store/integrity.ts), so it runs
// from every bundle (electron-vite main, esbuild CLI/devhost/bench, vitest); it gets bcryptjs's
// resolved path through workerData. It sees only the pre-hashed password (internal/prehash.ts),
// never the password itself, and nothing here logs inputs.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export type WorkerJob =
  | { op: 'hash'; input: string; cost: number }
  | { op: 'verify'; input: string; hash: string }
  /** Test hook only (see passwordHasherTestHooks): the worker that takes it throws an uncaught exception. */
  | { op: 'crash' };

type JobResult<J extends WorkerJob> = J extends { op: 'hash' } ? string : J extends { op: 'verify' } ? boolean : never;

interface Pending {
  id: number;
  job: WorkerJob;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  current: Pending | null;
  dead: boolean;
}

type Reply = { id: number; value: string | boolean } | { id: number; error: string };

export interface WorkerPool {
  run<J extends WorkerJob>(job: J): Promise<JobResult<J>>;
  /** Workers currently alive (started lazily, at most `size`). */
  liveWorkers(): number;
  /** Rejects queued and running jobs and stops every worker. */
  close(): Promise<void>;
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const bcrypt = require(workerData.bcryptjs);
parentPort.on('message', (job) => {
  if (job.op === 'crash') {
    setImmediate(() => { throw new Error('password worker crash requested by a test hook'); });
    return;
  }
  let reply;
  try {
    if (job.op === 'hash') reply = { id: job.id, value: bcrypt.hashSync(job.input, bcrypt.genSaltSync(job.cost)) };
    else if (job.op === 'verify') reply = { id: job.id, value: bcrypt.compareSync(job.input, job.hash) };
    else reply = { id: job.id, error: 'unknown operation' };
  } catch (e) {
    reply = { id: job.id, error: String((e && e.message) || e) };
  }
  parentPort.postMessage(reply);
});
`;

export function createWorkerPool({ size }: { size: number }): WorkerPool {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`password hasher: workers must be a positive integer, got ${size}`);
  const bcryptjs = createRequire(import.meta.url).resolve('bcryptjs');
  const queue: Pending[] = [];
  let slots: Slot[] = [];
  let nextId = 1;
  let closed = false;

  function finish(slot: Slot): Pending | null {
    const p = slot.current;
    slot.current = null;
    if (!slot.dead) slot.worker.unref();
    return p;
  }

  function died(slot: Slot, cause: Error): void {
    if (slot.dead) return; // 'error' is followed by 'exit'
    slot.dead = true;
    slots = slots.filter((s) => s !== slot);
    const p = finish(slot);
    void slot.worker.terminate();
    if (closed) return;
    p?.reject(new Error('password worker crashed; the request was not completed', { cause }));
    dispatch(); // a replacement starts if jobs are waiting
  }

  function spawn(): Slot {
    const worker = new Worker(WORKER_SOURCE, { eval: true, name: 'password-hasher', workerData: { bcryptjs } });
    const slot: Slot = { worker, current: null, dead: false };
    worker.on('message', (m: Reply) => {
      const p = slot.current;
      if (!p || p.id !== m.id) return; // cannot happen: one job per worker at a time
      finish(slot);
      if ('error' in m) p.reject(new Error(`password worker: ${m.error}`));
      else p.resolve(m.value);
      dispatch();
    });
    worker.on('error', (e) => died(slot, e));
    worker.on('exit', (code) => died(slot, new Error(`password worker exited with code ${code}`)));
    slots.push(slot);
    return slot;
  }

  function dispatch(): void {
    while (!closed && queue.length > 0) {
      const slot = slots.find((s) => s.current === null) ?? (slots.length < size ? spawn() : null);
      if (!slot) return;
      const p = queue.shift()!;
      slot.current = p;
      slot.worker.ref();
      slot.worker.postMessage({ id: p.id, ...p.job });
    }
  }

  return {
    run<J extends WorkerJob>(job: J): Promise<JobResult<J>> {
      if (closed) return Promise.reject(new Error('password hasher is closed'));
      return new Promise<JobResult<J>>((resolve, reject) => {
        queue.push({ id: nextId++, job, resolve: resolve as (v: unknown) => void, reject });
        dispatch();
      });
    },
    liveWorkers: () => slots.length,
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      const error = new Error('password hasher is closed');
      for (const p of queue.splice(0)) p.reject(error);
      const running = slots;
      slots = [];
      for (const s of running) {
        s.dead = true;
        s.current?.reject(error);
        s.current = null;
      }
      await Promise.all(running.map((s) => s.worker.terminate()));
    },
  };
}

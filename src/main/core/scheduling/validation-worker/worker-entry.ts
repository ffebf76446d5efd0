// The validation worker thread's entry: answers each request of ./protocol.ts from one
// WorkerState, in arrival order. Bundled to a self-contained CommonJS file for every build
// (see ./worker-source.ts); it never logs (documents hold names).
import { parentPort } from 'node:worker_threads';
import { decodeDocument } from './document-transfer';
import type { WireRequest, WorkerRequest } from './protocol';
import { createWorkerState } from './worker-state';

const port = parentPort;
if (!port) throw new Error('the validation worker must run in a worker thread');
const state = createWorkerState();
port.on('message', (wire: WireRequest) => {
  if (wire.op === 'crash') {
    setImmediate(() => {
      throw new Error('validation worker crash requested by a test hook');
    });
    return;
  }
  const request = ('doc' in wire ? { ...wire, doc: decodeDocument(wire.doc) } : wire) as Exclude<WorkerRequest, { op: 'crash' }>;
  port.postMessage({ id: wire.id, ...state.handle(request) });
});

// The rule engine off the main event loop: one worker thread that owns the incremental validators
// and a mirror of each warm document, and the client the scheduling services await findings from.
export { applyPatch } from './apply-patch';
export { createValidationWorker } from './client';
export type { ValidationWorker, ValidationWorkerOptions, WorkerFindings } from './client';
export type { PatchDescriptor } from './protocol';

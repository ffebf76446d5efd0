// Owns the answer every draft edit gives: the year's document, re-checked by the year's incremental
// validator (in the validation worker) for what the edit touched, with the pending change count.
// Grid edits (assignments, overrides, calls, extra duty) patch the warm document in memory instead of
// rebuilding it from the tables and decrypting every name again: rebuilding cost ~75 ms of a
// ~105 ms edit at 150 residents. Anything else rebuilds, and a full validate/publish always
// rebuilds from the tables. Everything up to sending the document runs synchronously right after
// the edit's transaction commits, so edits reach the worker in commit order; only the findings are
// awaited.
import type { Block, EditResult, ScheduleDocument } from '../../../shared/domain';
import { type AcademicYearRow, countPendingChanges, type ReadableDb } from '../store';
import { buildDocument } from './document-builder';
import type { SchedulingDeps } from './internal/context';
import type { KeyedValidation, Touched, ValidationCache } from './validation-cache';
import { applyPatch, type PatchDescriptor } from './validation-worker';

export interface DraftState {
  document(db: ReadableDb, year: AcademicYearRow): ScheduleDocument;
  validation(year: AcademicYearRow, touched: Touched, patch?: PatchDescriptor): Promise<KeyedValidation & { document: ScheduleDocument }>;
  editResult(year: AcademicYearRow, touched: Touched, patch?: PatchDescriptor): Promise<EditResult>;
}

export function createDraftState(deps: SchedulingDeps, cache: ValidationCache): DraftState {
  /** Builds or patches the document and sends it (synchronously); the promise holds the findings. */
  const start = (year: AcademicYearRow, touched: Touched, patch?: PatchDescriptor) => {
    const warm = patch ? cache.documentOf(year.program_id, year.id) : undefined;
    const document = warm && patch ? applyPatch(warm, patch) : buildDocument(deps, deps.reader(), year);
    return { document, pending: cache.validate(year.program_id, year.id, document, touched, warm ? patch : undefined) };
  };
  return {
    document: (db, year) => buildDocument(deps, db, year),
    async validation(year, touched, patch) {
      const { document, pending } = start(year, touched, patch);
      return { document, ...(await pending) };
    },
    async editResult(year, touched, patch) {
      const pendingChanges = countPendingChanges(deps.reader(), year.id);
      const { pending } = start(year, touched, patch);
      const { delta, summary, validationMs } = await pending;
      return { pendingChanges, delta, summary, validationMs };
    },
  };
}

/** Blocks of the year whose dates meet [from, to]. */
export const blocksMeeting = (blocks: readonly Block[], from: string, to = from) =>
  blocks.filter((b) => b.startDate <= to && b.endDate >= from).map((b) => b.number);

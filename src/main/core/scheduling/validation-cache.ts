// Owns the warm state of each (program, year) as the main thread sees it: the document last sent
// for validation, while the validation worker (./validation-worker) holds that year's incremental
// validator and a mirror of the same document. Main only builds or patches documents; the rules run
// in the worker and their findings are awaited. Everything cached on either side (documents hold
// names) is dropped when the vault locks.
import type { Finding, FindingsDelta, FindingSummary, GridSlot, ScheduleDocument } from '../../../shared/domain';
import type { SlotRange } from './engine';
import type { PatchDescriptor, ValidationWorker } from './validation-worker';

export interface Touched {
  personIds?: string[];
  blocks?: number[];
  all?: boolean;
}

export interface Validation {
  findings: Finding[];
  summary: FindingSummary;
  /** Time the rules took in the worker. */
  validationMs: number;
}

/** A keyed validation: the findings plus how they differ from the year's previous answer. */
export interface KeyedValidation extends Validation {
  revision: number;
  delta: FindingsDelta;
}

export interface ValidationCache {
  /**
   * Findings of `doc`, re-checking only `touched` when this year is warm. With `patch`, `doc` is
   * the warm document with `patch` applied, and the worker applies the same patch to its mirror.
   * The document becomes this year's warm one at once (before the answer), so edits queue in order.
   */
  validate(programId: string, yearId: string, doc: ScheduleDocument, touched: Touched, patch?: PatchDescriptor): Promise<KeyedValidation>;
  /** The findings last answered for this year and their revision, while it is warm. */
  findingsOf(programId: string, yearId: string): { findings: Finding[]; revision: number } | undefined;
  /** A full run of every rule over `doc` in the worker, keeping nothing. */
  validateOnce(doc: ScheduleDocument): Promise<Validation>;
  /** Grid slots of this year: of the warm document in the worker when there is one, else of `build()`. */
  slots(programId: string, yearId: string, range: SlotRange, build: () => ScheduleDocument): Promise<GridSlot[]>;
  /** The document last sent for this year, while it is warm. */
  documentOf(programId: string, yearId: string): ScheduleDocument | undefined;
  /** Forget every warm year of a program (its rule parameters or blocks changed), or all of them. */
  drop(programId?: string): void;
  /** Stops the worker. */
  close(): Promise<void>;
}

export const summarize = (findings: readonly Finding[]): FindingSummary => {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  return { errors, warnings: findings.length - errors };
};

const asValidation = ({ findings, ms }: { findings: Finding[]; ms: number }): Validation => ({ findings, summary: summarize(findings), validationMs: ms });

/**
 * The delta from `before` to `after`. The worker's answers reuse the previous answer's finding
 * objects for what an update did not touch, so identity tells unchanged from new in O(n).
 */
function deltaOf(before: readonly Finding[] | undefined, after: readonly Finding[], baseRevision: number | null, revision: number): FindingsDelta {
  if (!before || baseRevision === null) return { baseRevision: null, revision, added: [...after], removedKeys: [] };
  const kept = new Set(after);
  const had = new Set(before);
  return {
    baseRevision,
    revision,
    added: after.filter((f) => !had.has(f)),
    removedKeys: before.filter((f) => !kept.has(f)).map((f) => f.key),
  };
}

export function createValidationCache(worker: ValidationWorker): ValidationCache {
  const documents = new Map<string, ScheduleDocument>();
  /** Last answered findings per year; revisions only grow, even across drops, so a stale window never matches. */
  const answered = new Map<string, { findings: Finding[]; revision: number }>();
  const revisions = new Map<string, number>();
  return {
    async validate(programId, yearId, doc, touched, patch) {
      const key = `${programId}|${yearId}`;
      documents.set(key, doc);
      try {
        const validation = asValidation(await (patch ? worker.patch(key, patch, touched, doc) : worker.sync(key, doc, touched)));
        const previous = answered.get(key);
        const revision = (revisions.get(key) ?? 0) + 1;
        revisions.set(key, revision);
        answered.set(key, { findings: validation.findings, revision });
        return { ...validation, revision, delta: deltaOf(previous?.findings, validation.findings, previous?.revision ?? null, revision) };
      } catch (e) {
        // The worker's copy is unknown now: the next request for this year rebuilds from the tables.
        if (documents.get(key) === doc) documents.delete(key);
        answered.delete(key);
        void worker.drop(key).catch(() => undefined);
        throw e;
      }
    },
    validateOnce: async (doc) => asValidation(await worker.validate(doc)),
    slots(programId, yearId, range, build) {
      const key = `${programId}|${yearId}`;
      const warm = documents.get(key);
      return warm ? worker.slots(warm, range, key) : worker.slots(build(), range);
    },
    documentOf: (programId, yearId) => documents.get(`${programId}|${yearId}`),
    findingsOf: (programId, yearId) => answered.get(`${programId}|${yearId}`),
    drop(programId) {
      for (const map of [documents, answered]) {
        if (programId === undefined) map.clear();
        else for (const key of [...map.keys()]) if (key.startsWith(`${programId}|`)) map.delete(key);
      }
      // A failed drop means the worker died, which drops everything anyway.
      void worker.drop(programId === undefined ? undefined : `${programId}|`).catch(() => undefined);
    },
    close: () => worker.close(),
  };
}

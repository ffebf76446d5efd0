// Owns the scheduling capability as the IPC handlers see it: years, roster, rotations, draft
// edits, absences, parameters and publishing composed over one store, one field cipher and one
// cache of warm validators (whose rules run in the validation worker); plus the read side of the
// draft (the whole view, grid slots, a full validation).
import type { DraftView, FindingsView, GridSlot, IsoDate } from '../../../shared/domain';
import { countPendingChanges } from '../store';
import { type AbsencesService, createAbsencesService } from './absences.service';
import { createDraftEditsService, type DraftEditsService } from './draft-edits.service';
import { createDraftState } from './draft-state';
import { blocksOf, requireYear, type SchedulingDeps, toAcademicYear } from './internal/context';
import { lockedThrough } from './lock-policy';
import { createParametersService, type ParametersService } from './parameters.service';
import { createPublishingService, type PublishingService } from './publishing.service';
import { createRosterService, type RosterService } from './roster.service';
import { createRotationsService, type RotationsService } from './rotations.service';
import { createValidationCache, summarize, type Validation } from './validation-cache';
import { createValidationWorker, type ValidationWorkerOptions } from './validation-worker';
import { createYearsService, type YearsService } from './years.service';

export interface SchedulingService {
  years: YearsService;
  roster: RosterService;
  rotations: RotationsService;
  edits: DraftEditsService;
  absences: AbsencesService;
  parameters: ParametersService;
  publishing: PublishingService;
  draft(programId: string, yearId: string): Promise<DraftView>;
  /** The findings the warm year last answered (validated only when the year is cold). */
  findings(programId: string, yearId: string): Promise<FindingsView>;
  /** Derived in the worker: a week of 150 residents takes ~15–50 ms of CPU. */
  slots(programId: string, yearId: string, range: { from: IsoDate; to: IsoDate; personIds?: string[] | undefined }): Promise<GridSlot[]>;
  /** A full run of every rule over the draft (not the incremental path), timed. */
  validate(programId: string, yearId: string): Promise<Validation>;
  /** Stops the validation worker (the core's shutdown). */
  close(): Promise<void>;
}

export function createSchedulingService(deps: SchedulingDeps, options: { worker?: ValidationWorkerOptions } = {}): SchedulingService {
  const cache = createValidationCache(createValidationWorker(options.worker));
  deps.onLock(() => cache.drop());
  const draft = createDraftState(deps, cache);
  return {
    years: createYearsService(deps, cache),
    roster: createRosterService(deps, draft),
    rotations: createRotationsService(deps, draft),
    edits: createDraftEditsService(deps, draft),
    absences: createAbsencesService(deps, draft),
    parameters: createParametersService(deps, cache),
    publishing: createPublishingService(deps, draft, (programId, yearId) => cache.documentOf(programId, yearId)),

    async draft(programId, yearId) {
      const db = deps.reader();
      const year = requireYear(db, programId, yearId);
      // Everything read from the tables is read before the await, from the state the document has.
      const view = { year: toAcademicYear(year, blocksOf(db, yearId)), pendingChanges: countPendingChanges(db, yearId), lockedThrough: lockedThrough(year, deps.now()) };
      const { document, findings, summary, revision } = await draft.validation(year, { all: false });
      return { ...view, document, findings, summary, revision };
    },

    async findings(programId, yearId) {
      const year = requireYear(deps.reader(), programId, yearId);
      const warm = cache.findingsOf(programId, yearId);
      if (warm) return { findings: warm.findings, summary: summarize(warm.findings), revision: warm.revision };
      const { findings, summary, revision } = await draft.validation(year, { all: false });
      return { findings, summary, revision };
    },

    slots(programId, yearId, range) {
      const db = deps.reader();
      const year = requireYear(db, programId, yearId);
      return cache.slots(programId, yearId, { from: range.from, to: range.to, ...(range.personIds ? { personIds: range.personIds } : {}) }, () => draft.document(db, year));
    },

    validate(programId, yearId) {
      const db = deps.reader();
      const year = requireYear(db, programId, yearId);
      return cache.validateOnce(draft.document(db, year));
    },

    close: () => cache.close(),
  };
}

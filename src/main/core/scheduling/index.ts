// Scheduling: academic years and blocks, the roster, rotation templates, the draft and its edits,
// absences, rule parameters, publishing and versions; and the rule engine that validates it all.
export { presetBlocks } from './block-presets';
export type { YearLayout } from './block-presets';
export { validateBlocks } from './block-validation';
export { buildDocument } from './document-builder';
export {
  BlocksInvalidError,
  NotOnRosterError,
  NothingToPublishError,
  RotationInUseError,
  ScheduleItemNotFoundError,
  ScheduleLockedError,
  ValidationUnavailableError,
  VersionNotFoundError,
  YearNotFoundError,
  YearOverlapError,
} from './errors';
export type { SchedulingDeps } from './internal/context';
export { lockedThrough } from './lock-policy';
export { diffDocuments } from './schedule-diff';
export { createSchedulingService } from './scheduling.service';
export type { SchedulingService } from './scheduling.service';
export { createIncrementalValidator, deriveSlots, facultyNeeded, validateSchedule } from './engine';

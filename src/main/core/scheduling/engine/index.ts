// The scheduling rule engine: full and incremental validation of a ScheduleDocument against every
// rule in RULE_IDS (../shared/ACGME.md), the derived half-day grid for the day/week view, and the
// supervision ratio. Named exports only; src/main/core/scheduling/index.ts re-exports these.
export { validateSchedule } from './validate';
export { createIncrementalValidator } from './incremental';
export type { IncrementalValidator, TouchedScope } from './incremental';
export { deriveSlots } from './derive-slots';
export type { SlotRange } from './derive-slots';
export { facultyNeeded } from '../rules';

// The schedule feature: the block grid with its findings, the day/week view, publishing and
// published versions of one program's academic year.
export { ScheduleScreen, type ScheduleScreenProps } from './components/ScheduleScreen';
export {
  type EditProblem,
  initialScheduleData,
  resetScheduleStore,
  type ScheduleActions,
  type ScheduleData,
  type ScheduleStore,
  useScheduleStore,
} from './store/schedule.store';
export { initialVersionsData, resetVersionsStore, useVersionsStore } from './store/versions.store';
export { type AssignmentChange, type CallEdit, type EditCommand, inverseOf, type OverrideEdit } from './store/commands';
export { cellsOfFinding, ruleLabel } from './store/findings';
export { gridModel } from './store/grid-model';

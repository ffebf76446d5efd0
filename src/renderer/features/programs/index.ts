// The programs feature: the program list, creating a program, and the current program and
// academic year every program-scoped screen works on (the app passes them down as props).
export { ProgramScope, type ProgramScopeProps, type ProgramScopeValue } from './components/ProgramScope';
export { ProgramsScreen, type ProgramsScreenProps } from './components/ProgramsScreen';
export { ProgramYearBar } from './components/ProgramYearBar';
export {
  initialProgramsData,
  type ProgramsActions,
  type ProgramsData,
  type ProgramsStore,
  resetProgramsStore,
  useProgramsStore,
} from './store/programs.store';
export { preferredYear, programLabel, yearLabel } from './store/selectors';

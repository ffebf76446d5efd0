// The absences feature: a month calendar of absences by person, and each absence's dialog (its
// reason fetched only when it is opened).
export { AbsencesScreen, type AbsencesScreenProps } from './components/AbsencesScreen';
export {
  type AbsenceInput,
  type AbsencesActions,
  type AbsencesData,
  type AbsencesStore,
  initialAbsencesData,
  resetAbsencesStore,
  useAbsencesStore,
} from './store/absences.store';
export { initialMonth, lanesFor, monthsOf } from './store/calendar';

// The people feature: the program's residents, faculty and staff, and their place on the current
// academic year's roster (PGY, faculty role, credentials).
export { PeopleScreen, type PeopleScreenProps } from './components/PeopleScreen';
export {
  initialPeopleData,
  type PeopleActions,
  type PeopleData,
  type PeopleStore,
  resetPeopleStore,
  type RosterDraft,
  type SavePersonInput,
  usePeopleStore,
} from './store/people.store';
export { matches, parseCredentials, pgyLevels, rosterSummary, rowsFor } from './store/selectors';

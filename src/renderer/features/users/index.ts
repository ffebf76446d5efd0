// The users feature (administrators): accounts, roles, program memberships, temporary passwords.
export { UsersScreen, type UsersScreenProps } from './components/UsersScreen';
export { hasOtherUsers, programIdsFor, programsSummary, statusLabel } from './store/selectors';
export {
  initialUsersData,
  resetUsersStore,
  type UsersActionError,
  type UsersActions,
  type UsersData,
  type UsersStore,
  useUsersStore,
} from './store/users.store';

// The auth feature: first administrator, sign-in, session lock, forced and voluntary password
// change, over one store that mirrors main's picture of this window's session.
export { ChangePasswordScreen } from './components/ChangePasswordScreen';
export { CreateAdminStep, type CreateAdminStepProps } from './components/CreateAdminStep';
export { LockScreen } from './components/LockScreen';
export { MyAccountScreen } from './components/MyAccountScreen';
export { SignInScreen } from './components/SignInScreen';
export { sessionAllows, sessionIsOpen } from './store/selectors';
export {
  type AuthActionError,
  type AuthActions,
  type AuthData,
  type AuthStore,
  initialAuthData,
  resetAuthStore,
  SESSION_REFUSALS,
  useAuthStore,
} from './store/auth.store';

// The vault feature: setup, unlock, and the Security screen, over one store.
export { SecurityScreen, type SecurityScreenProps } from './components/SecurityScreen';
export { SetupWizard, type SetupWizardFinalStep, type SetupWizardProps } from './components/SetupWizard';
export { UnlockScreen, type UnlockScreenProps } from './components/UnlockScreen';
export { canAddKeychainSlot, canUnlockWithKeychain, hasSlotOfKind, manualUnlockMethods, slotsAreRemovable } from './store/selectors';
export {
  type ActionError,
  initialVaultData,
  resetVaultStore,
  type SetupResult,
  useVaultStore,
  type VaultActions,
  type VaultData,
  type VaultStore,
} from './store/vault.store';

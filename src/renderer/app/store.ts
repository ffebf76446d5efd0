// Composes the feature stores. Owns no state of its own; features never reach into each other.
import { resetAboutStore, useAboutStore } from '../features/about';
import { resetAuditStore, useAuditStore } from '../features/audit';
import { resetAuthStore, useAuthStore } from '../features/auth';
import { resetUsersStore, useUsersStore } from '../features/users';
import { resetVaultStore, useVaultStore } from '../features/vault';

export { useAboutStore, useAuditStore, useAuthStore, useUsersStore, useVaultStore };

/** Every store back to its first-launch state (a fresh window; tests). */
export function resetStores(): void {
  resetVaultStore();
  resetAuthStore();
  resetUsersStore();
  resetAuditStore();
  resetAboutStore();
}

// Owns the permission hook every IPC call passes: the caller's session and role (auth service),
// after the vault (no store, no sessions).
import type { Authorize } from '../ipc';
import type { CoreServices } from './services';

export function createAuthorize(s: CoreServices): Authorize {
  return async (caller, permission) => {
    if (permission === 'public') return null;
    if (!s.workstation.vault.isUnlocked()) return 'ERR_VAULT_LOCKED';
    return s.auth.authorize(caller, permission);
  };
}

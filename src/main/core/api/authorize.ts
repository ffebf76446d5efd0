// Owns the permission hook. Until the accounts issue adds sessions and roles, the only protected
// permission, vault.manage, is granted while the vault is unlocked.
import type { Authorize } from '../ipc';
import type { CoreServices } from './services';

export function createAuthorize(s: CoreServices): Authorize {
  return (_caller, permission) => {
    switch (permission) {
      case 'public':
        return null;
      case 'vault.manage':
        return s.workstation.vault.isUnlocked() ? null : 'ERR_VAULT_LOCKED';
    }
  };
}

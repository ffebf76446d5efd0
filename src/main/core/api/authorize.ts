// Owns the permission hook. Until the accounts issue adds sessions and roles, every protected
// permission is granted while the vault is unlocked (and refused while it is locked).
import type { Authorize } from '../ipc';
import type { CoreServices } from './services';

export function createAuthorize(s: CoreServices): Authorize {
  return (_caller, permission) => {
    switch (permission) {
      case 'public':
        return null;
      case 'session':
      case 'vault.manage':
      case 'program.read':
      case 'program.write':
      case 'users.manage':
      case 'audit.read':
        return s.workstation.vault.isUnlocked() ? null : 'ERR_VAULT_LOCKED';
    }
  };
}

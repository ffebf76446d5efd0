// Owns the permission hook every IPC call passes: the caller's session and role (auth service),
// after the vault (no store, no sessions).
import type { Authorize } from '../ipc';
import type { CoreServices } from './services';

export function createAuthorize(s: CoreServices): Authorize {
  return async (caller, permission, channel) => {
    if (permission === 'public') return null;
    if (!s.workstation.vault.isUnlocked()) return 'ERR_VAULT_LOCKED';
    const refused = await s.auth.authorize(caller, permission);
    // A signed-in user reaching past their role is worth an audit entry; a missing or locked
    // session is not (every window asks before it signs in).
    if (refused === 'ERR_PERMISSION_DENIED') s.record(caller, { action: 'access.denied', target: channel, outcome: 'denied', details: { permission } });
    return refused;
  };
}

// Owns how the app follows what a refused call implies, whichever store made it: a locked or
// ended session re-reads auth.status (→ lock or sign-in screen); a locked vault re-reads
// vault.status (→ unlock screen). The vault store already re-reads on its own channels. After the
// session is unlocked, the loads the lock interrupted run again.
import { onRefusal } from '../api/request';
import { useAuditStore } from '../features/audit';
import { SESSION_REFUSALS, useAuthStore } from '../features/auth';
import { useUsersStore } from '../features/users';
import { useVaultStore } from '../features/vault';

export function followRefusals(): () => void {
  return onRefusal((error, channel) => {
    if (SESSION_REFUSALS.includes(error.code)) void useAuthStore.getState().sessionRefused(error);
    else if (error.code === 'ERR_VAULT_LOCKED' && !channel.startsWith('vault.')) void useVaultStore.getState().refresh();
  });
}

/** The session is usable again: retry the reads that were refused while it was not. */
export function resumeAfterUnlock(): void {
  void useUsersStore.getState().resume();
  void useAuditStore.getState().resume();
}

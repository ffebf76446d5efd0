// Owns who may use a key: the caller kinds and the one check every use passes through. Managing a
// key (rotate, revoke, delete, change its policy) is the keys.manage permission's job, not this.
import type { KeyOperation, KeyPolicy, Role } from '../../../shared/domain';

/** A signed-in user, one of the app's own services, or the admin CLI (which holds the vault secret). */
export type KeyCaller =
  | { readonly kind: 'user'; readonly userId: string; readonly role: Role }
  | { readonly kind: 'application'; readonly component: string }
  | { readonly kind: 'cli' };

/** How a caller is written in the usage log: an id, never a name. */
export const callerLabel = (c: KeyCaller): string => (c.kind === 'user' ? c.userId : c.kind === 'cli' ? 'cli' : `app:${c.component}`);

// Reading uses need only the public half (or prove nothing secret): exporting it and verifying.
const READS: readonly KeyOperation[] = ['export', 'verify'];

const isAdmin = (c: KeyCaller) => c.kind === 'cli' || (c.kind === 'user' && c.role === 'admin');

export function policyAllows(policy: KeyPolicy, caller: KeyCaller, operation: KeyOperation): boolean {
  const read = READS.includes(operation);
  switch (policy.kind) {
    case 'admin-only':
      return isAdmin(caller);
    case 'users':
      return caller.kind === 'user' && policy.userIds.includes(caller.userId);
    case 'application':
      return caller.kind === 'application' || (read && isAdmin(caller));
    case 'public-read':
      return read || isAdmin(caller);
  }
}

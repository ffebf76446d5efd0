// Plain selectors over the session: what the screens ask of it, written once. What a role may do
// comes from the contract's matrix (roleAllows) and nowhere else.
import { type Permission, roleAllows } from '../../../../shared/contract';
import type { SessionInfo } from '../../../../shared/domain';

/** The signed-in, unlocked session may use channels that need `permission`. */
export const sessionAllows = (session: SessionInfo | null, permission: Permission): boolean =>
  session !== null && roleAllows(session.role, permission);

/** The app may be shown: signed in, not locked, no password change pending. */
export const sessionIsOpen = (session: SessionInfo | null): boolean =>
  session !== null && !session.locked && !session.mustChangePassword;

// Plain selectors over the users list.
import type { Role, User, UserStatus } from '../../../../shared/domain';
import { isProgramScoped } from '../../../lib/roles';

export const statusLabel: Record<UserStatus, string> = {
  active: 'Active',
  locked: 'Locked',
  disabled: 'Disabled',
};

/** Someone other than the signed-in administrator has an account. */
export const hasOtherUsers = (users: readonly User[], selfId: string): boolean => users.some((u) => u.id !== selfId);

/** What the Programs column says: every program for admins and auditors, else a count. */
export function programsSummary(user: Pick<User, 'role' | 'programIds'>): string {
  if (!isProgramScoped(user.role)) return 'All programs';
  const n = user.programIds.length;
  return n === 0 ? 'None' : n === 1 ? '1 program' : `${n} programs`;
}

/** Program ids to send for a role: only program-scoped roles carry memberships. */
export const programIdsFor = (role: Role, chosen: readonly string[]): string[] => (isProgramScoped(role) ? [...chosen] : []);

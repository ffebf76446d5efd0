// Owns what each role may do: every channel names one permission; this matrix is the only place
// that says which roles hold it. Program-scoped channels additionally check program membership.
import { z } from 'zod';
import type { Role } from '../domain/users';

export const Permission = z.enum([
  /** No session: app info, vault setup/unlock, sign-in. */
  'public',
  /** Any signed-in user, about themselves: sign out, lock, change own password. */
  'session',
  'vault.manage',
  'programs.manage',
  'program.read',
  'program.write',
  'users.manage',
  'audit.read',
  /** Publish a draft schedule as an immutable version. */
  'schedule.publish',
  /** Managed keys, secret rotation, database rekey. */
  'keys.manage',
]);
export type Permission = z.infer<typeof Permission>;

export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: ['session', 'vault.manage', 'programs.manage', 'program.read', 'program.write', 'users.manage', 'audit.read', 'schedule.publish', 'keys.manage'],
  coordinator: ['session', 'program.read', 'program.write', 'schedule.publish'],
  faculty: ['session', 'program.read'],
  auditor: ['session', 'program.read', 'audit.read'],
};

export const roleAllows = (role: Role, permission: Permission): boolean => permission === 'public' || rolePermissions[role].includes(permission);

/** Roles that see every program; the others see only the programs they are members of. */
export const ALL_PROGRAMS_ROLES: readonly Role[] = ['admin', 'auditor'];

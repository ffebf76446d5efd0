// Owns the words for roles, shared by the header, My account and the Users screen. What a role may
// do is decided by the contract's permission matrix (roleAllows), not here.
import { ALL_PROGRAMS_ROLES } from '../../shared/contract';
import { Role } from '../../shared/domain';

export const ROLES: readonly Role[] = Role.options;

export const roleLabel: Record<Role, string> = {
  admin: 'Administrator',
  coordinator: 'Coordinator',
  faculty: 'Faculty',
  auditor: 'Auditor',
};

export const roleDescription: Record<Role, string> = {
  admin: 'Manages users, security and every program.',
  coordinator: 'Builds and edits the schedules of their programs.',
  faculty: 'Reads the schedules of their programs.',
  auditor: 'Reads every program and the audit log; changes nothing.',
};

/** Roles that see only the programs they are members of (the others see all). */
export const isProgramScoped = (role: Role): boolean => !ALL_PROGRAMS_ROLES.includes(role);

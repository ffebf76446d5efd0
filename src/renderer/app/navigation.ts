// Owns the app's screens as the navigation lists them, each with the permission it needs. The
// contract's matrix (roleAllows) decides who sees what; a screen's channels are checked again in
// main, so hiding an item is a courtesy, not the protection.
import { type Permission, roleAllows } from '../../shared/contract';
import type { Role } from '../../shared/domain';

export type ViewId =
  | 'home'
  | 'security'
  | 'users'
  | 'audit'
  | 'account'
  | 'about'
  // program setup
  | 'programs'
  | 'people'
  | 'years'
  | 'rotations'
  | 'absences'
  | 'holidays'
  | 'rules'
  // the schedule editor (block grid, day/week, versions)
  | 'schedule'
  // key management and secret rotation
  | 'keys'
  | 'rotation'
  // encrypted backups: export, verify, restore, schedule
  | 'backups';

export interface NavItem {
  id: ViewId;
  label: string;
  permission: Permission;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { id: 'home', label: 'Home', permission: 'session' },
  // the schedule editor first: it is where coordinators spend their day
  { id: 'schedule', label: 'Schedule', permission: 'program.read' },
  // program setup
  { id: 'programs', label: 'Programs', permission: 'program.read' },
  { id: 'people', label: 'People', permission: 'program.read' },
  { id: 'years', label: 'Academic years', permission: 'program.read' },
  { id: 'rotations', label: 'Rotations', permission: 'program.read' },
  { id: 'absences', label: 'Absences', permission: 'program.read' },
  { id: 'holidays', label: 'Holidays', permission: 'program.read' },
  { id: 'rules', label: 'Rules', permission: 'program.read' },
  { id: 'security', label: 'Security', permission: 'vault.manage' },
  { id: 'users', label: 'Users', permission: 'users.manage' },
  { id: 'audit', label: 'Audit', permission: 'audit.read' },
  { id: 'keys', label: 'Keys', permission: 'keys.manage' },
  { id: 'rotation', label: 'Key rotation', permission: 'keys.manage' },
  { id: 'backups', label: 'Backups', permission: 'vault.manage' },
  { id: 'account', label: 'My account', permission: 'session' },
  { id: 'about', label: 'About', permission: 'session' },
];

export const navigationFor = (role: Role): NavItem[] => NAV_ITEMS.filter((item) => roleAllows(role, item.permission));

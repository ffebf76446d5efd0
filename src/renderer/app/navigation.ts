// Owns the app's screens as the navigation lists them, each with the permission it needs. The
// contract's matrix (roleAllows) decides who sees what; a screen's channels are checked again in
// main, so hiding an item is a courtesy, not the protection.
import { type Permission, roleAllows } from '../../shared/contract';
import type { Role } from '../../shared/domain';

export type ViewId = 'home' | 'security' | 'users' | 'audit' | 'account' | 'about';

export interface NavItem {
  id: ViewId;
  label: string;
  permission: Permission;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { id: 'home', label: 'Home', permission: 'session' },
  { id: 'security', label: 'Security', permission: 'vault.manage' },
  { id: 'users', label: 'Users', permission: 'users.manage' },
  { id: 'audit', label: 'Audit', permission: 'audit.read' },
  { id: 'account', label: 'My account', permission: 'session' },
  { id: 'about', label: 'About', permission: 'session' },
];

export const navigationFor = (role: Role): NavItem[] => NAV_ITEMS.filter((item) => roleAllows(role, item.permission));

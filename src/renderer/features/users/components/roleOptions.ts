// Owns the role choices offered in the Users forms.
import { ROLES, roleLabel } from '../../../lib/roles';

export const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: roleLabel[role] }));

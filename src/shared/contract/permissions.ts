// Owns the permissions a channel may require. The accounts issue turns these into a role matrix;
// until then main grants every non-public permission only while the vault is unlocked.
import { z } from 'zod';

export const Permission = z.enum(['public', 'vault.manage', 'program.read', 'program.write']);
export type Permission = z.infer<typeof Permission>;

// Owns the permissions a channel may require. The accounts issue turns these into a role matrix;
// until then main grants `vault.manage` only while the vault is unlocked.
import { z } from 'zod';

export const Permission = z.enum(['public', 'vault.manage']);
export type Permission = z.infer<typeof Permission>;

// Owns the shape of a person. name, email, phone, licence and notes are personal data: main stores
// them only field-encrypted; these schemas are the decrypted view that crosses IPC to authorised
// callers.
import { z } from 'zod';

export const PersonId = z.string().uuid();
export const PersonKind = z.enum(['resident', 'faculty', 'other']);
export type PersonKind = z.infer<typeof PersonKind>;

export const PersonInput = z.strictObject({
  kind: PersonKind,
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().max(254).email().optional(),
  phone: z.string().trim().max(40).optional(),
  licence: z.string().trim().max(64).optional(),
  notes: z.string().max(4000).optional(),
});
export type PersonInput = z.infer<typeof PersonInput>;

export const Person = PersonInput.extend({
  id: PersonId,
  programId: z.string().uuid(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof Person>;

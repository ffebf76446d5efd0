// Owns the shape of a program (tenant) as every layer sees it.
import { z } from 'zod';

export const ProgramId = z.string().uuid();
export const ProgramInput = z.strictObject({
  code: z.string().regex(/^[A-Z0-9][A-Z0-9-]{1,15}$/, 'two to sixteen capital letters, digits or dashes'),
  name: z.string().trim().min(1).max(200),
});
export type ProgramInput = z.infer<typeof ProgramInput>;

export const Program = z.strictObject({
  id: ProgramId,
  code: z.string(),
  name: z.string(),
  dataKeyVersion: z.number().int().positive(),
  createdAt: z.string(),
});
export type Program = z.infer<typeof Program>;

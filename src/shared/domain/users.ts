// Owns users, roles and the session a renderer may see (never a token or a hash).
import { z } from 'zod';

export const Role = z.enum(['admin', 'coordinator', 'faculty', 'auditor']);
export type Role = z.infer<typeof Role>;

export const UserStatus = z.enum(['active', 'locked', 'disabled']);
export type UserStatus = z.infer<typeof UserStatus>;

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, 'two to sixty-four letters, digits, dots, dashes or underscores');

export const UserId = z.string().uuid();

export const User = z.strictObject({
  id: UserId,
  username: z.string(),
  displayName: z.string(),
  role: Role,
  programIds: z.array(z.string().uuid()),
  status: UserStatus,
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  lastLoginAt: z.string().nullable(),
});
export type User = z.infer<typeof User>;

export const SessionInfo = z.strictObject({
  userId: UserId,
  username: z.string(),
  displayName: z.string(),
  role: Role,
  programIds: z.array(z.string().uuid()),
  /** Locked by idle time or "Lock now": the renderer keeps its state and asks for the password. */
  locked: z.boolean(),
  mustChangePassword: z.boolean(),
  expiresAt: z.string(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

// Owns the shape of secret rotation as every layer sees it: which secrets rotate, each one's policy
// (interval, grace, automatic or manual, notice, how a failure is undone), the history of
// rotations (fingerprints only, never key material) and what is due. docs/security/key-rotation.md.
import { z } from 'zod';
import { ProgramId } from './programs';

export const SecretType = z.enum([
  'session-signing-key',
  'backup-signing-key',
  'program-data-key',
  /** Users' encrypted display names (the system scope's data key). */
  'system-data-key',
  'key-encryption-key',
  'database-key',
  'master-key',
]);
export type SecretType = z.infer<typeof SecretType>;

/**
 * How a failed rotation leaves things as they were. store-transaction: one SQLite transaction rolls
 * back; atomic-file: vault.json is replaced by rename or not at all; key-service: the managed-key
 * service abandons the successor; resumable-job: the new version is live, rows under the old one
 * stay readable, and running the rotation again resumes the job.
 */
export const RollbackKind = z.enum(['store-transaction', 'atomic-file', 'key-service', 'resumable-job']);
export type RollbackKind = z.infer<typeof RollbackKind>;

export const RotationPolicy = z.strictObject({
  type: SecretType,
  intervalDays: z.number().int().min(1).max(3650),
  /** How long the old key still verifies or decrypts after the new one takes over. */
  graceHours: z.number().int().min(0).max(24 * 90),
  mode: z.enum(['automatic', 'manual']),
  /** The app shell's notice appears this many days before the due date. */
  notifyBeforeDays: z.number().int().min(0).max(365),
  rollback: RollbackKind,
  /** One rotation per program (program data keys), or one for the workstation. */
  perProgram: z.boolean(),
});
export type RotationPolicy = z.infer<typeof RotationPolicy>;

export const RotationStatusValue = z.enum(['running', 'completed', 'failed']);
export type RotationStatusValue = z.infer<typeof RotationStatusValue>;

/** `sha256:` and 32 hex digits: a key named without revealing it (docs/security/key-rotation.md §4). */
export const KeyFingerprint = z.string().regex(/^sha256:[0-9a-f]{32}$/);

export const RotationInitiator = z.union([z.enum(['system', 'cli']), z.string().uuid()]);

export const RotationRecord = z.strictObject({
  id: z.string().uuid(),
  type: SecretType,
  programId: ProgramId.nullable(),
  oldFingerprint: KeyFingerprint.nullable(),
  newFingerprint: KeyFingerprint.nullable(),
  reason: z.string().max(500),
  initiator: RotationInitiator,
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  graceEndsAt: z.string().nullable(),
  status: RotationStatusValue,
  /** The error code of a failed rotation. */
  errorCode: z.string().max(64).nullable(),
});
export type RotationRecord = z.infer<typeof RotationRecord>;

/** One secret's place in its cycle. */
export const RotationDue = z.strictObject({
  type: SecretType,
  programId: ProgramId.nullable(),
  lastRotatedAt: z.string(),
  dueAt: z.string(),
  mode: z.enum(['automatic', 'manual']),
});
export type RotationDue = z.infer<typeof RotationDue>;

/** An old key that still verifies or decrypts until graceEndsAt. */
export const RotationGrace = z.strictObject({
  type: SecretType,
  programId: ProgramId.nullable(),
  rotationId: z.string().uuid(),
  graceEndsAt: z.string(),
});
export type RotationGrace = z.infer<typeof RotationGrace>;

/** due: inside the notice window, not yet past its date; overdue: past it. */
export const RotationStatus = z.strictObject({
  due: z.array(RotationDue).max(1000),
  overdue: z.array(RotationDue).max(1000),
  inGrace: z.array(RotationGrace).max(1000),
  policies: z.array(RotationPolicy).max(20),
});
export type RotationStatus = z.infer<typeof RotationStatus>;

export const RotationReason = z.string().trim().min(1).max(500);

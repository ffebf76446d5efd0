// Owns the rotation.* channels: what is due (the app shell's notice reads it), the history, and
// running one rotation with progress and cancel. Only keys.manage may see or start rotations.
import { z } from 'zod';
import { defineChannel } from './channel';
import { MAX_SECRET, secret } from './limits';
import { ProgramId } from '../domain/programs';
import { RotationReason, RotationRecord, RotationStatus, SecretType } from '../domain/rotation';

export const RotationProgress = z.strictObject({
  phase: z.enum(['preparing', 'rotating', 're-encrypting', 'finishing']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});

export const rotationChannels = {
  'rotation.status': defineChannel({ permission: 'keys.manage', input: z.strictObject({}), output: RotationStatus }),
  'rotation.history': defineChannel({
    permission: 'keys.manage',
    input: z.strictObject({ type: SecretType.optional(), limit: z.number().int().min(1).max(1000).optional() }),
    output: z.array(RotationRecord).max(1000),
  }),
  'rotation.run': defineChannel({
    permission: 'keys.manage',
    input: z.strictObject({
      type: SecretType,
      /** Required for program-data-key, refused otherwise. */
      programId: ProgramId.optional(),
      reason: RotationReason,
      /** master-key only: every passphrase and recovery slot is rewrapped and needs its secret. */
      passphrase: secret().optional(),
      recoveryCode: secret().optional(),
    }),
    output: RotationRecord,
    progress: RotationProgress,
    maxPayloadBytes: 4 * MAX_SECRET + 4096,
  }),
};

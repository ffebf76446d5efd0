// Owns the registry of secrets that rotate and each one's policy (issue 6 part 3). The numbers are
// the where it gives them; the others are justified in docs/security/key-rotation.md §2.
import type { RotationPolicy, SecretType } from '../../../shared/domain';

export const secretPolicies: Readonly<Record<SecretType, RotationPolicy>> = {
  'session-signing-key': {
    type: 'session-signing-key',
    intervalDays: 90,
    graceHours: 24,
    mode: 'automatic',
    notifyBeforeDays: 0,
    rollback: 'store-transaction',
    perProgram: false,
  },
  'backup-signing-key': {
    type: 'backup-signing-key',
    intervalDays: 365,
    graceHours: 0,
    mode: 'manual',
    notifyBeforeDays: 30,
    rollback: 'key-service',
    perProgram: false,
  },
  'program-data-key': {
    type: 'program-data-key',
    intervalDays: 365,
    graceHours: 0,
    mode: 'manual',
    notifyBeforeDays: 30,
    rollback: 'resumable-job',
    perProgram: true,
  },
  'system-data-key': {
    type: 'system-data-key',
    intervalDays: 365,
    graceHours: 0,
    mode: 'manual',
    notifyBeforeDays: 30,
    rollback: 'resumable-job',
    perProgram: false,
  },
  'key-encryption-key': {
    type: 'key-encryption-key',
    intervalDays: 365,
    graceHours: 0,
    mode: 'manual',
    notifyBeforeDays: 30,
    rollback: 'store-transaction',
    perProgram: false,
  },
  'database-key': {
    type: 'database-key',
    intervalDays: 365,
    graceHours: 0,
    mode: 'manual',
    notifyBeforeDays: 30,
    rollback: 'atomic-file',
    perProgram: false,
  },
  'master-key': {
    type: 'master-key',
    intervalDays: 365,
    graceHours: 0,
    mode: 'manual',
    notifyBeforeDays: 30,
    rollback: 'atomic-file',
    perProgram: false,
  },
};

export const policyOf = (type: SecretType): RotationPolicy => secretPolicies[type];
export const allPolicies = (): RotationPolicy[] => Object.values(secretPolicies);

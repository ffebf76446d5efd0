// Owns the words for secret rotation: each secret's name and what rotating it does, the phases of a
// running rotation, outcomes and rollback kinds. Statuses are always text with their colour.
import type { RollbackKind, RotationStatusValue, SecretType } from '../../../../shared/domain';
import type { RotationPhase } from './run-rotation';

export const secretLabel: Record<SecretType, string> = {
  'session-signing-key': 'Session signing key',
  'backup-signing-key': 'Backup signing key',
  'program-data-key': 'Program data key',
  'system-data-key': 'Account data key',
  'key-encryption-key': 'Key-encryption key',
  'database-key': 'Database key',
  'master-key': 'Master key',
};

/** What rotating the secret does, told before it starts. */
export const secretEffect: Record<SecretType, string> = {
  'session-signing-key': 'New sessions are signed with a new key. Sessions signed with the old one stay valid until its grace period ends.',
  'backup-signing-key': 'New backups are signed with a new key.',
  'program-data-key':
    'Every encrypted field of the program (names, e-mail, reasons, notes) is re-encrypted under a new key version. This can take a while; you can cancel, and running it again resumes where it stopped.',
  'system-data-key':
    'The encrypted display names of every user account are re-encrypted under a new key version. You can cancel; running it again resumes where it stopped.',
  'key-encryption-key': 'The material of every managed key is re-sealed under a new key-encryption key, all at once or not at all.',
  'database-key': 'The whole database is re-keyed. If anything fails, it still opens with its previous key.',
  'master-key':
    'Every way to unlock this workstation is rewrapped under a new master key. Each passphrase and recovery slot needs its secret: enter the current passphrase and the recovery code if this workstation has them.',
};

export const phaseLabel: Record<RotationPhase, string> = {
  preparing: 'Preparing',
  rotating: 'Rotating',
  're-encrypting': 'Re-encrypting data',
  finishing: 'Finishing',
};

export const outcomeLabel: Record<RotationStatusValue, string> = { running: 'Running', completed: 'Completed', failed: 'Failed' };
export const outcomeTone: Record<RotationStatusValue, 'info' | 'ok' | 'error'> = { running: 'info', completed: 'ok', failed: 'error' };

export const rollbackLabel: Record<RollbackKind, string> = {
  'store-transaction': 'Undone in one database transaction',
  'atomic-file': 'The file is replaced whole or not at all',
  'key-service': 'The new key is abandoned',
  'resumable-job': 'Resumes where it stopped',
};

// Owns the words and badge tones for managed keys: types, purposes, statuses, revocation reasons
// and access policies, and the filter options built from the contract's enums. A status is always
// shown as text with its colour, never as colour alone.
import {
  KeyPurpose,
  KeyStatus,
  KeyType,
  RevocationReason,
  type KeyPolicy,
  type KeyPurpose as Purpose,
  type KeyStatus as Status,
  type KeyType as Type,
  type RevocationReason as Reason,
} from '../../../../shared/domain';

export const typeLabel: Record<Type, string> = {
  'aes-256': 'AES-256',
  'rsa-2048': 'RSA 2048',
  'rsa-4096': 'RSA 4096',
  'ec-p256': 'EC P-256',
  'ec-p384': 'EC P-384',
};

export const purposeLabel: Record<Purpose, string> = {
  encryption: 'Encryption',
  signing: 'Signing',
  jwt: 'Session tokens (JWT)',
  backup: 'Backups',
  database: 'Database',
  data: 'Program data',
};

export const statusLabel: Record<Status, string> = {
  active: 'Active',
  rotating: 'Rotating',
  inactive: 'Inactive',
  expired: 'Expired',
  revoked: 'Revoked',
  'pending-deletion': 'Pending deletion',
  deleted: 'Deleted',
};

/** What each status means for the people using the key; shown next to the badge in the detail. */
export const statusMeaning: Record<Status, string> = {
  active: 'In use: encrypts, decrypts, signs and verifies.',
  rotating: 'Replaced by a newer version; still decrypts and verifies what it made.',
  inactive: 'Retired; still decrypts and verifies what it made. Can be deleted.',
  expired: 'Past its expiry date; still decrypts and verifies what it made.',
  revoked: 'Withdrawn: can no longer be used for anything.',
  'pending-deletion': 'Will be destroyed when its deletion date comes; the deletion can still be cancelled.',
  deleted: 'Destroyed: only its record remains.',
};

export type BadgeTone = 'ok' | 'info' | 'warn' | 'error' | 'muted';

export const statusTone: Record<Status, BadgeTone> = {
  active: 'ok',
  rotating: 'info',
  inactive: 'muted',
  expired: 'warn',
  revoked: 'error',
  'pending-deletion': 'warn',
  deleted: 'muted',
};

export const reasonLabel: Record<Reason, string> = {
  'key-compromise': 'Key compromised (or suspected)',
  superseded: 'Superseded by another key',
  'cessation-of-operation': 'No longer needed',
  unspecified: 'Other reason',
};

export const policyLabel: Record<KeyPolicy['kind'], string> = {
  'admin-only': 'Administrators only',
  users: 'Listed users',
  application: 'The application’s own services',
  'public-read': 'Anyone signed in may read the public key',
};

export const policyMeaning: Record<KeyPolicy['kind'], string> = {
  'admin-only': 'Only administrators (and the admin command line) may use the key.',
  users: 'Only the users chosen below may use the key.',
  application: 'The application uses the key for its own work (backups, sessions); administrators may still export its public half and verify.',
  'public-read': 'Anyone signed in may export the public half and verify; private uses stay with administrators.',
};

export function policySummary(policy: KeyPolicy): string {
  if (policy.kind !== 'users') return policyLabel[policy.kind];
  return policy.userIds.length === 1 ? '1 listed user' : `${policy.userIds.length} listed users`;
}

const option = <T extends string>(labels: Record<T, string>) => (value: T) => ({ value, label: labels[value] });

export const ANY = { value: '', label: 'Any' };
export const TYPE_OPTIONS = KeyType.options.map(option(typeLabel));
export const PURPOSE_OPTIONS = KeyPurpose.options.map(option(purposeLabel));
export const STATUS_OPTIONS = KeyStatus.options.map(option(statusLabel));
export const REASON_OPTIONS = RevocationReason.options.map(option(reasonLabel));
export const POLICY_OPTIONS = (['admin-only', 'users', 'application', 'public-read'] as const).map(option(policyLabel));

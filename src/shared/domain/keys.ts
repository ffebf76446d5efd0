// Owns the shape of managed keys as every layer sees them: types, purposes, the lifecycle and its
// transition table, what each type and purpose may be used for, access policies, the usage log.
// A ManagedKey view never carries key material; public keys leave main only through an export.
import { z } from 'zod';
import { UserId } from './users';

export const KeyType = z.enum(['aes-256', 'rsa-2048', 'rsa-4096', 'ec-p256', 'ec-p384']);
export type KeyType = z.infer<typeof KeyType>;

export const KeyPurpose = z.enum(['encryption', 'signing', 'jwt', 'backup', 'database', 'data']);
export type KeyPurpose = z.infer<typeof KeyPurpose>;

export const KeyStatus = z.enum(['active', 'rotating', 'inactive', 'expired', 'revoked', 'pending-deletion', 'deleted']);
export type KeyStatus = z.infer<typeof KeyStatus>;

/**
 * Every allowed move. Deletion is reached only from inactive or revoked (through pending-deletion),
 * and cancelling it returns a key where it came from (the service picks which). A revoked key never
 * becomes usable again; deleted is final.
 */
export const keyTransitions: Readonly<Record<KeyStatus, readonly KeyStatus[]>> = {
  active: ['rotating', 'inactive', 'expired', 'revoked'],
  // Back to active when a rotation is abandoned before its successor took over.
  rotating: ['active', 'inactive', 'expired', 'revoked'],
  inactive: ['active', 'expired', 'revoked', 'pending-deletion'],
  // An expired key can be retired (inactive) so it may be deleted; it is not re-activated past its expiry.
  expired: ['inactive', 'revoked'],
  revoked: ['pending-deletion'],
  'pending-deletion': ['deleted', 'inactive', 'revoked'],
  deleted: [],
};

export const canTransition = (from: KeyStatus, to: KeyStatus): boolean => keyTransitions[from].includes(to);

export const KeyOperation = z.enum(['encrypt', 'decrypt', 'sign', 'verify', 'export']);
export type KeyOperation = z.infer<typeof KeyOperation>;

const isAsymmetric = (type: KeyType) => type !== 'aes-256';

/**
 * What a key of this type and purpose can do. EC keys only sign; RSA keys encrypt (OAEP) and sign;
 * an AES-256 key encrypts (GCM), or signs as an HS256 secret when its purpose is jwt. Only
 * asymmetric keys have a public half to export.
 */
export function keyOperations(type: KeyType, purpose: KeyPurpose): KeyOperation[] {
  const encrypts = ['encryption', 'backup', 'database', 'data'].includes(purpose) && !type.startsWith('ec-');
  const signs = ['signing', 'jwt', 'backup'].includes(purpose) && (isAsymmetric(type) || purpose === 'jwt');
  return [
    ...(encrypts ? (['encrypt', 'decrypt'] as const) : []),
    ...(signs ? (['sign', 'verify'] as const) : []),
    ...(isAsymmetric(type) ? (['export'] as const) : []),
  ];
}

/**
 * Which uses each status still allows: an active key does everything; a key being replaced or
 * retired only reads what was made with it (decrypt, verify, export its public half); a revoked,
 * pending-deletion or deleted key nothing.
 */
export const usableIn: Readonly<Record<KeyStatus, readonly KeyOperation[]>> = {
  active: ['encrypt', 'decrypt', 'sign', 'verify', 'export'],
  rotating: ['decrypt', 'verify', 'export'],
  inactive: ['decrypt', 'verify', 'export'],
  expired: ['decrypt', 'verify', 'export'],
  revoked: [],
  'pending-deletion': [],
  deleted: [],
};

/**
 * Who may use a key. admin-only: administrators (and the admin CLI). users: only the listed users.
 * application: the app's own services (backups, sessions); administrators may still export the
 * public half and verify. public-read: anyone signed in may export the public half and verify;
 * private uses stay with administrators.
 */
export const KeyPolicy = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('admin-only') }),
  z.strictObject({ kind: z.literal('users'), userIds: z.array(UserId).min(1).max(100) }),
  z.strictObject({ kind: z.literal('application') }),
  z.strictObject({ kind: z.literal('public-read') }),
]);
export type KeyPolicy = z.infer<typeof KeyPolicy>;

export const KeyId = z.string().uuid();
export type KeyId = z.infer<typeof KeyId>;

export const KeyName = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$/, 'one to sixty-four letters, digits, spaces, dots, dashes or underscores');

export const MIN_ROTATION_DAYS = 30;
export const MAX_ROTATION_DAYS = 365;
export const RotationDays = z.number().int().min(MIN_ROTATION_DAYS).max(MAX_ROTATION_DAYS);

/** Why a key was revoked (RFC 5280 §5.3.1 reason codes that fit managed keys). */
export const RevocationReason = z.enum(['key-compromise', 'superseded', 'cessation-of-operation', 'unspecified']);
export type RevocationReason = z.infer<typeof RevocationReason>;

/** A key version as screens and the CLI see it: metadata only. */
export const ManagedKey = z.strictObject({
  id: KeyId,
  name: z.string(),
  description: z.string(),
  type: KeyType,
  purpose: KeyPurpose,
  status: KeyStatus,
  version: z.number().int().positive(),
  previousId: KeyId.nullable(),
  nextId: KeyId.nullable(),
  provider: z.string(),
  /** Version of the key-encryption key wrapping this key's material. */
  kekVersion: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
  expiresAt: z.string().nullable(),
  rotationDays: z.number().int().nullable(),
  nextRotationAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  revocationReason: RevocationReason.nullable(),
  deletionDueAt: z.string().nullable(),
  deletedAt: z.string().nullable(),
  lastBackupAt: z.string().nullable(),
  lastBackupId: z.string().nullable(),
  policy: KeyPolicy,
});
export type ManagedKey = z.infer<typeof ManagedKey>;

export const KeyUsageOutcome = z.enum(['success', 'failure', 'denied']);
export type KeyUsageOutcome = z.infer<typeof KeyUsageOutcome>;

/** One use of a key: what, by whom, when, how it ended; never the data or the material. */
export const KeyUsageEntry = z.strictObject({
  keyId: KeyId,
  at: z.string(),
  operation: KeyOperation,
  outcome: KeyUsageOutcome,
  /** A user id, `cli`, or `app:<component>`. */
  caller: z.string(),
  /** The error code of a failed or refused use. */
  errorCode: z.string().nullable(),
});
export type KeyUsageEntry = z.infer<typeof KeyUsageEntry>;

export const KeyListFilter = z.strictObject({
  status: KeyStatus.optional(),
  purpose: KeyPurpose.optional(),
  type: KeyType.optional(),
  /** Deleted keys are tombstones: hidden unless asked for. */
  includeDeleted: z.boolean().optional(),
});
export type KeyListFilter = z.infer<typeof KeyListFilter>;

export const KeyGenerateInput = z.strictObject({
  name: KeyName,
  description: z.string().trim().max(500).default(''),
  type: KeyType,
  purpose: KeyPurpose,
  expiresAt: z.iso.datetime({ offset: true }).nullable().default(null),
  rotationDays: RotationDays.nullable().default(null),
  policy: KeyPolicy.default({ kind: 'admin-only' }),
});
export type KeyGenerateInput = z.input<typeof KeyGenerateInput>;

export const PublicKeyExport = z.discriminatedUnion('format', [
  z.strictObject({ format: z.literal('pem'), pem: z.string().max(4096) }),
  z.strictObject({
    format: z.literal('jwk'),
    jwk: z.strictObject({
      kty: z.enum(['RSA', 'EC']),
      kid: KeyId,
      alg: z.string(),
      use: z.literal('sig').optional(),
      n: z.string().optional(),
      e: z.string().optional(),
      crv: z.string().optional(),
      x: z.string().optional(),
      y: z.string().optional(),
    }),
  }),
]);
export type PublicKeyExport = z.infer<typeof PublicKeyExport>;

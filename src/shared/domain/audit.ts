// Owns the shape of the audit trail as every layer sees it: the closed list of actions, who may be
// an actor, what a target and the details may hold, filters and the verification result. An audit
// entry never carries a secret or personal data: actors and targets are ids, never names, and the
// details are a few small, code-like values (docs/formats/audit-chain.md).
import { z } from 'zod';

/** Every action the trail records. Append only: a shipped name is never renamed or reused. */
export const auditActions = [
  'auth.login',
  'auth.login.failure',
  'auth.lockout',
  'auth.logout',
  'auth.password.change',
  'user.create',
  'user.update',
  'user.password.reset',
  'vault.slot.add',
  'vault.slot.remove',
  'vault.passphrase.change',
  'key.create',
  'key.rotate',
  'key.activate',
  'key.deactivate',
  'key.revoke',
  'key.expire',
  'key.deletion.schedule',
  'key.deletion.cancel',
  'key.delete',
  'key.policy.change',
  'key.export',
  'person.view',
  'person.export',
  'person.create',
  'person.update',
  'person.delete',
  'backup.export',
  'backup.restore',
  'settings.change',
  'audit.verify',
  'audit.export',
  'access.denied',
  'schedule.edit',
  'schedule.publish',
  'absence.view-reason',
  'rotation.start',
  'rotation.complete',
  'rotation.fail',
  'backup.verify',
  'backup.schedule.change',
] as const;
export const AuditAction = z.enum(auditActions);
export type AuditAction = z.infer<typeof AuditAction>;

export const auditOutcomes = ['success', 'failure', 'denied'] as const;
export const AuditOutcome = z.enum(auditOutcomes);
export type AuditOutcome = z.infer<typeof AuditOutcome>;

/** A user id, or one of the two non-user actors: the application itself and the admin CLI. */
export const AuditActor = z.union([z.enum(['system', 'cli']), z.string().uuid()]);
export type AuditActor = z.infer<typeof AuditActor>;

// Runs of this length look like key material or digests (hex, base64, recovery codes): refused.
const SECRET_LOOKING = /[0-9a-f]{32,}|[A-Za-z0-9+/_]{40,}|(?:[0-9A-Z]{4}-){5,}/i;

/** An id (user, person, program, key, slot, setting name): letters, digits and `._:-`, never a name or an e-mail. */
export const AuditTarget = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'an id: letters, digits, dots, colons, dashes or underscores')
  .refine((s) => !SECRET_LOOKING.test(s), 'looks like key material');
export type AuditTarget = z.infer<typeof AuditTarget>;

// Keys that name secrets or personal data (the log sanitizer's lists, minus "key" so keyVersion
// and keyId stay usable).
const FORBIDDEN_DETAIL_KEY = /pass(word|phrase)?|secret|token|recovery|credential|cookie|otp|authori[sz]ation|private|name|e-?mail|phone|licen[cs]e|address|reason|note|birth|ssn|dob/i;

export const AuditDetailValue = z.union([
  z
    .string()
    .max(128)
    .regex(/^[A-Za-z0-9._:/-]*$/, 'a code-like value: letters, digits and ._:/- only')
    .refine((s) => !SECRET_LOOKING.test(s), 'looks like key material'),
  z.number().finite(),
  z.boolean(),
  z.null(),
]);

/** At most 16 small, code-like values (counts, versions, ids, enum values). */
export const AuditDetails = z
  .record(
    z
      .string()
      .regex(/^[a-z][A-Za-z0-9]{0,31}$/, 'a camelCase key')
      .refine((k) => !FORBIDDEN_DETAIL_KEY.test(k), 'names a secret or personal data'),
    AuditDetailValue,
  )
  .refine((d) => Object.keys(d).length <= 16, 'at most 16 details');
export type AuditDetails = z.infer<typeof AuditDetails>;

/** What a service hands to the trail; seq, time and MAC are the trail's. */
export const AuditEntryInput = z.strictObject({
  actor: AuditActor,
  action: AuditAction,
  target: AuditTarget.nullable().optional(),
  outcome: AuditOutcome,
  details: AuditDetails.nullable().optional(),
});
export type AuditEntryInput = z.input<typeof AuditEntryInput>;

export const AuditEntry = z.strictObject({
  /** 1, 2, 3, … with no gaps. */
  seq: z.number().int().positive(),
  /** ISO 8601 UTC, as Date.prototype.toISOString() writes it. */
  at: z.string(),
  actor: AuditActor,
  action: AuditAction,
  target: z.string().nullable(),
  outcome: AuditOutcome,
  details: AuditDetails.nullable(),
  /** HMAC-SHA256 chain value of this entry, hex. */
  mac: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** The largest page list() answers. */
export const MAX_AUDIT_PAGE = 1000;

/** A date (`2026-03-01`, midnight UTC) or an ISO 8601 date-time with an offset. */
export const AuditTime = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/, 'a date or an ISO date-time with an offset')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a real date');

/** Every field narrows; from is inclusive, to exclusive. */
export const AuditExportFilter = z.strictObject({
  actor: AuditActor.optional(),
  action: AuditAction.optional(),
  target: AuditTarget.optional(),
  outcome: AuditOutcome.optional(),
  from: AuditTime.optional(),
  to: AuditTime.optional(),
});
export type AuditExportFilter = z.infer<typeof AuditExportFilter>;

/** A page of the newest entries first: limit 1–1000 (default 100), offset ≥ 0 (default 0). */
export const AuditFilter = AuditExportFilter.extend({
  limit: z.number().int().min(1).max(MAX_AUDIT_PAGE).optional(),
  offset: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
});
export type AuditFilter = z.infer<typeof AuditFilter>;

/**
 * Why verification failed. mac-mismatch: the entry at firstBadSeq was altered; gap: entry
 * firstBadSeq is missing; reordered: the entry is authentic but does not follow its predecessor
 * (moved, or spliced in from another copy of the log); truncated: entries from firstBadSeq on were
 * removed from the end; head-mismatch: the recorded head is missing, altered or behind the log.
 */
export const AuditProblem = z.enum(['mac-mismatch', 'gap', 'reordered', 'truncated', 'head-mismatch']);
export type AuditProblem = z.infer<typeof AuditProblem>;

export const AuditVerifyResult = z.strictObject({
  valid: z.boolean(),
  /** Rows in the log. */
  entries: z.number().int().nonnegative(),
  firstBadSeq: z.number().int().positive().optional(),
  problem: AuditProblem.optional(),
});
export type AuditVerifyResult = z.infer<typeof AuditVerifyResult>;

/**
 * An entry as the log viewer receives it: the stored columns, loosely checked. A row somebody
 * altered in the database must still be shown (verify() names it), not make the whole page fail
 * the strict AuditEntry check.
 */
export const StoredAuditEntry = z.strictObject({
  seq: z.number().int(),
  at: z.string().max(64),
  actor: z.string().max(128),
  action: z.string().max(64),
  target: z.string().max(256).nullable(),
  outcome: z.string().max(16),
  details: z.record(z.string().max(64), z.union([z.string().max(512), z.number(), z.boolean(), z.null()])).nullable(),
  mac: z.string().max(128),
});
export type StoredAuditEntry = z.infer<typeof StoredAuditEntry>;

// The tamper-evident audit trail: HMAC-chained, append-only entries of who did what to which id.
export { AUDIT_CSV_COLUMNS, createAuditTrail } from './audit-trail';
export type { AuditTrail, AuditTrailDeps } from './audit-trail';
export { AuditChainBrokenError, AuditEntryInvalidError, AuditError, AuditFilterInvalidError } from './errors';
export { auditActions, auditOutcomes, MAX_AUDIT_PAGE } from '../../../shared/domain';
export type {
  AuditAction,
  AuditActor,
  AuditDetails,
  AuditEntry,
  AuditEntryInput,
  AuditExportFilter,
  AuditFilter,
  AuditOutcome,
  AuditProblem,
  AuditVerifyResult,
} from '../../../shared/domain';

// Domain rules and types shared by main and the renderer.
export { MAX_PASSPHRASE_LENGTH, MIN_PASSPHRASE_LENGTH, passphraseLength } from './passphrase-rules';
export { Person, PersonId, PersonInput, PersonKind } from './people';
export { Program, ProgramId, ProgramInput } from './programs';
export { Role, SessionInfo, User, UserId, Username, UserStatus } from './users';
export { AuditAction, AuditActor, auditActions, AuditDetails, AuditEntry, AuditEntryInput, AuditExportFilter, AuditFilter, AuditOutcome, auditOutcomes, AuditProblem, AuditTarget, AuditTime, AuditVerifyResult, MAX_AUDIT_PAGE, StoredAuditEntry } from './audit';

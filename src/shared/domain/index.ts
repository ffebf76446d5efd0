// Domain rules and types shared by main and the renderer.
export { MAX_PASSPHRASE_LENGTH, MIN_PASSPHRASE_LENGTH, passphraseLength } from './passphrase-rules';
export { Person, PersonId, PersonInput, PersonKind } from './people';
export { Program, ProgramId, ProgramInput } from './programs';
export { Role, SessionInfo, User, UserId, Username, UserStatus } from './users';
export { AuditAction, AuditActor, auditActions, AuditDetails, AuditEntry, AuditEntryInput, AuditExportFilter, AuditFilter, AuditOutcome, auditOutcomes, AuditProblem, AuditTarget, AuditTime, AuditVerifyResult, MAX_AUDIT_PAGE, StoredAuditEntry } from './audit';
export { ABSENCE_BLOCKS_BY_DEFAULT, AbsenceStatus, AbsenceType, AcademicYearSpan, Block, BlockAssignment, BlockPreset, CallAssignment, CallKind, ClockTime, DayPattern, DaySlot, ExtraDuty, FacultyRole, HalfDay, HalfDayOverride, Holiday, IsoDate, Pgy, RotationTemplate, SCHEDULE_FORMAT_VERSION, ScheduleAbsence, ScheduleDocument, SchedulePerson, ScheduleRef, WeeklyPattern, Weekday, WEEKDAYS } from './schedule';
export type { RotationTemplateInput, ScheduleDocumentInput } from './schedule';
export { defaultRuleParameters, RULE_IDS, RuleId, RuleParameters, RuleParametersInput } from './rule-parameters';
export { blockLayoutProblems, dayAfter } from './block-layout';
export type { BlockLayoutProblem } from './block-layout';
export { applyFindingsDelta, Finding, FindingCell, FindingsDelta, FindingSummary, Severity } from './findings';
export { Absence, AcademicYear, AcademicYearId, DraftView, EditResult, FindingsView, GridSlot, RosterEntry, ScheduleChange, ScheduleVersion } from './schedule-views';
export { canTransition, KeyGenerateInput, KeyId, KeyListFilter, KeyName, KeyOperation, keyOperations, KeyPolicy, KeyPurpose, KeyStatus, keyTransitions, KeyType, KeyUsageEntry, KeyUsageOutcome, ManagedKey, MAX_ROTATION_DAYS, MIN_ROTATION_DAYS, PublicKeyExport, RevocationReason, RotationDays, usableIn } from './keys';
export { KeyFingerprint, RollbackKind, RotationDue, RotationGrace, RotationInitiator, RotationPolicy, RotationReason, RotationRecord, RotationStatus, RotationStatusValue, SecretType } from './rotation';
export { BackupPath, BackupProgress, BackupRecord, BackupSchedule, BackupScheduleSettings, BackupStatus, BackupSummary, BackupVerification, VerificationRecord } from './backup';

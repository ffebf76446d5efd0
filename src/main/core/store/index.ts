// The encrypted SQLite store: opening, migrations.
export { NewerSchemaError, StoreError, StoreKeyMismatchError } from './errors';
export { migrate, schemaVersion } from './migrate';
export { LATEST_SCHEMA_VERSION, migrations } from './migrations';
export type { Migration } from './migrations';
export { openStore, STORE_CIPHER, STORE_FILE_NAME } from './open-store';
export type { OpenStoreOptions } from './open-store';
export { all, asReadable, asWritable, one, run, transaction } from './db-access';
export type { ReadableDb, WritableDb } from './db-access';
export { identifier, sql } from './sql';
export type { SqlQuery } from './sql';
export { insertProgram, listPrograms, programByCode, programById } from './queries/programs';
export type { ProgramRow } from './queries/programs';
export {
  deletePerson,
  insertPerson,
  keyVersionsInUse,
  peopleByLicenceIndex,
  peopleOfProgram,
  personByEmailIndex,
  personById,
  updatePerson,
} from './queries/people';
export type { PersonRow } from './queries/people';
export { checkIntegrity, closedUncleanly, markClosed, markOpen, StoreCorruptError, uncleanMarkerFor } from './integrity';
export {
  countActiveAdmins,
  countUsers,
  insertUser,
  listUserRows,
  programIdsOfUser,
  recentFailures,
  recordLoginAttempt,
  setUserPrograms,
  updateUserRow,
  userById,
  userByUsername,
} from './queries/users';
export type { UserRow } from './queries/users';
export {
  familyById,
  insertFamily,
  insertSigningKey,
  isJtiRevoked,
  pruneRevoked,
  revokeFamiliesOfUser,
  revokeFamily,
  retireSigningKey,
  revokeJti,
  rewrapSigningKeyRow,
  rotateFamily,
  signingKeys,
} from './queries/sessions';
export type { RefreshFamilyRow, SigningKeyRow } from './queries/sessions';
export {
  AUDIT_HEAD_META_KEY,
  auditLogExists,
  auditRowsPage,
  countAuditRows,
  insertAuditRow,
  iterateAuditRows,
  lastAuditRow,
  readAuditHead,
  writeAuditHead,
} from './queries/audit';
export type { AuditRow, AuditRowFilter } from './queries/audit';
export { academicYearById, academicYearsOfProgram, insertAcademicYear, setPublishedVersion } from './queries/academic-years';
export type { AcademicYearRow } from './queries/academic-years';
export { blocksOfYear, replaceBlocks } from './queries/blocks';
export type { BlockRow } from './queries/blocks';
export { isOnAnyRoster, rosterEntry, rosterOfYear, upsertRosterEntry } from './queries/roster';
export type { RosterRow } from './queries/roster';
export { deleteRotation, rotationByCode, rotationById, rotationsOfYear, upsertRotation } from './queries/rotation-templates';
export type { RotationTemplateRow } from './queries/rotation-templates';
export {
  assignmentOf,
  assignmentsOfYear,
  blocksWithAssignments,
  countAssignmentsOfRotation,
  deleteAssignment,
  upsertAssignment,
} from './queries/block-assignments';
export type { BlockAssignmentRow } from './queries/block-assignments';
export { countOverridesOfRotation, deleteOverride, insertOverride, overrideAt, overridesOfYear } from './queries/halfday-overrides';
export type { HalfDayOverrideRow } from './queries/halfday-overrides';
export { callAt, callsOfYear, deleteCall, upsertCall } from './queries/call-assignments';
export type { CallAssignmentRow } from './queries/call-assignments';
export { absenceById, absencesOfYear, deleteAbsence, upsertAbsence } from './queries/absences';
export type { AbsenceRow } from './queries/absences';
export { holidaysOfYear, replaceHolidays } from './queries/holidays';
export type { HolidayRow } from './queries/holidays';
export { deleteExtraDuty, extraDutyAt, extraDutyOfYear, insertExtraDuty } from './queries/extra-duty';
export type { ExtraDutyRow } from './queries/extra-duty';
export { ruleParametersOf, upsertRuleParameters } from './queries/rule-parameters';
export type { RuleParametersRow } from './queries/rule-parameters';
export { insertScheduleVersion, latestScheduleVersionNumber, scheduleVersion, scheduleVersionHeaders } from './queries/schedule-versions';
export type { ScheduleVersionHeader, ScheduleVersionRow } from './queries/schedule-versions';
export { changesBetween, countPendingChanges, insertScheduleChange, markChangesPublished } from './queries/schedule-changes';
export type { ScheduleChangeKind, ScheduleChangeRow } from './queries/schedule-changes';
export {
  insertManagedKey,
  keysWithMaterial,
  listManagedKeys,
  liveKeyNamed,
  MANAGED_KEYS_KEK_META_KEY,
  managedKeyById,
  markKeyBackedUp,
  readManagedKeysKekVersion,
  rewrapManagedKeyMaterial,
  updateManagedKey,
  writeManagedKeysKekVersion,
} from './queries/managed-keys';
export type { ManagedKeyFilter, ManagedKeyRow } from './queries/managed-keys';
export { insertKeyUsage, keyUsageOf } from './queries/key-usage';
export type { KeyUsageRow } from './queries/key-usage';
export {
  finishRotation,
  insertRotation,
  KEK_VERSION_META_KEY,
  lastCompletedRotation,
  readKekVersionRecord,
  rotationHistory,
  rotationRecordById,
  rotationsInGrace,
  runningRotations,
  storeCreatedAt,
  writeKekVersionRecord,
} from './queries/rotation-history';
export type { RotationHistoryRow } from './queries/rotation-history';
export { bumpSystemKeyVersion, readSystemKeyVersion, SYSTEM_KEY_VERSION_META_KEY } from './queries/system-key-version';
export { looksLikePlainSqlite, snapshotStore } from './snapshot';
export { BACKUP_META_KEYS, readBackupMeta, storeSummaryCounts, writeBackupMeta } from './queries/backup-state';
export type { BackupMetaKey } from './queries/backup-state';

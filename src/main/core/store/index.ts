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
  revokeJti,
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

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

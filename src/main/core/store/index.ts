// The encrypted SQLite store: opening, migrations.
export { NewerSchemaError, StoreError, StoreKeyMismatchError } from './errors';
export { migrate, schemaVersion } from './migrate';
export { LATEST_SCHEMA_VERSION } from './migrations';
export type { Migration } from './migrations';
export { openStore, STORE_CIPHER, STORE_FILE_NAME } from './open-store';
export type { OpenStoreOptions } from './open-store';

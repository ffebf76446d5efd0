// Re-keying the whole database, and the record (store-key.json) of which database-key version
// opens it, readable before the store is opened.
export { DATABASE_KEY_STATE_FILE, databaseKeyContext, readDatabaseKeyState, writeDatabaseKeyState } from './database-key-state';
export type { DatabaseKeyState } from './database-key-state';
export { DatabaseKeyStateError, RekeyCancelledError, RekeyFailedError, StoreKeyStateInvalidError } from './errors';
export { rekeyDatabase } from './rekey-database';
export type { RekeyResult } from './rekey-database';
export { settleDatabaseKeyVersion } from './settle-database-key';
export type { DatabaseKeyFor } from './settle-database-key';

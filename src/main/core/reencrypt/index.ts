// Key rotation of field-encrypted data: the registry of encrypted columns, moving a program (or the
// system scope) to a new data-key version, and the resumable job that re-seals older rows.
export { encryptedTables, tablesOfScope } from './encrypted-columns';
export type { DerivedBlindIndex, EncryptedField, EncryptedTable } from './encrypted-columns';
export { ReencryptRowError, ReencryptTargetError } from './errors';
export { reencryptScope, staleRowCount } from './reencrypt-scope';
export type { ReencryptDeps, ReencryptOptions, ReencryptProgress, ReencryptResult } from './reencrypt-scope';
export { startProgramKeyRotation } from './start-program-key-rotation';
export type { ProgramKeyRotation } from './start-program-key-rotation';
export { startSystemKeyRotation } from './start-system-key-rotation';
export type { SystemKeyRotation } from './start-system-key-rotation';

// Owns the errors of reading and writing backup files. Each names what is wrong and where (the
// detail, shown by the CLI and logged; the IPC layer shows only the code's generic message).
import { CodedError } from '../errors';

export class BackupError extends CodedError {}

export class NotABackupError extends BackupError {
  constructor(detail = 'the file does not start with the backup magic bytes') {
    super('ERR_BACKUP_NOT_A_BACKUP', detail);
  }
}
export class BackupVersionError extends BackupError {
  constructor(version: number) {
    super('ERR_BACKUP_UNSUPPORTED_VERSION', `backup format version ${version} is not supported by this version`);
  }
}
export class BackupHeaderError extends BackupError {
  constructor(detail: string) {
    super('ERR_BACKUP_HEADER_INVALID', `header: ${detail}`);
  }
}
export class BackupSecretError extends BackupError {
  constructor(detail = 'the backup passphrase or recovery code does not open this backup') {
    super('ERR_BACKUP_WRONG_SECRET', detail);
  }
}
export class BackupChunkError extends BackupError {
  readonly index: number;
  constructor(index: number, what: string) {
    super('ERR_BACKUP_CHUNK_TAMPERED', `chunk ${index} ${what}`);
    this.index = index;
  }
}
export class BackupChunkMovedError extends BackupError {
  constructor(found: number, belongs: number) {
    super('ERR_BACKUP_CHUNK_REORDERED', `chunk at position ${found} belongs at position ${belongs}: chunks were reordered`);
  }
}
export class BackupTruncatedError extends BackupError {
  constructor(detail: string) {
    super('ERR_BACKUP_TRUNCATED', detail);
  }
}
export class BackupTrailingDataError extends BackupError {
  constructor(extra: number) {
    super('ERR_BACKUP_TRAILING_DATA', `${extra} unexpected byte(s) after the end of the backup`);
  }
}
export class BackupManifestError extends BackupError {
  constructor(detail: string) {
    super('ERR_BACKUP_MANIFEST_INVALID', `manifest: ${detail}`);
  }
}
export class BackupSignatureError extends BackupError {
  constructor(detail = 'the manifest signature does not verify') {
    super('ERR_BACKUP_SIGNATURE_INVALID', detail);
  }
}
export class BackupNoSecretError extends BackupError {
  constructor() {
    super('ERR_BACKUP_NO_SECRET', 'a backup needs a backup passphrase and/or the recovery code');
  }
}
export class BackupNewerSchemaError extends BackupError {
  constructor(found: number, supported: number) {
    super('ERR_BACKUP_NEWER_SCHEMA', `the backup's store is at schema version ${found}; this version supports up to ${supported}`);
  }
}
export class BackupOtherSiteError extends BackupError {
  constructor() {
    super('ERR_BACKUP_OTHER_SITE', "the backup's derivation root is not this site's: restore it into a new data folder instead");
  }
}
export class BackupTargetExistsError extends BackupError {
  constructor(dir: string) {
    super('ERR_BACKUP_TARGET_EXISTS', `${dir} exists and is not empty: restore only into a new, empty folder`);
  }
}
export class BackupBusyError extends BackupError {
  constructor() {
    super('ERR_BACKUP_BUSY', 'another backup operation is running');
  }
}
export class BackupPathError extends BackupError {
  constructor(detail: string) {
    super('ERR_BACKUP_PATH_INVALID', detail);
  }
}

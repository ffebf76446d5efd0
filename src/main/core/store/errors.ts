// Owns the store's errors.
import { CodedError } from '../errors';

export class StoreError extends CodedError {}

export class StoreKeyMismatchError extends StoreError {
  constructor(options?: ErrorOptions) {
    super('ERR_STORE_KEY_MISMATCH', 'SQLITE_NOTADB on first read: wrong key or not a database', options);
  }
}

export class NewerSchemaError extends StoreError {
  constructor(found: number, known: number) {
    super('ERR_STORE_NEWER_SCHEMA', `store schema ${found} is newer than this build's ${known}`);
  }
}

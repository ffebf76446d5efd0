// Owns the re-encryption capability's errors.
import { CodedError } from '../errors';

/**
 * A row the job cannot re-seal (altered or damaged envelope). The batch rolls back, every row keeps
 * the envelope it had, and the job stops here until the row is dealt with. The message names the
 * table, rowid and column only: never a value.
 */
export class ReencryptRowError extends CodedError {
  constructor(table: string, rowid: number, column: string, problem: string, options?: ErrorOptions) {
    super('ERR_ROTATION_FAILED', `re-encryption: ${table} rowid ${rowid} column ${column} ${problem}`, options);
  }
}

/** The target version is not the scope's current one (or moved while a rotation was starting). */
export class ReencryptTargetError extends CodedError {
  constructor(detail: string) {
    super('ERR_ROTATION_FAILED', detail);
  }
}

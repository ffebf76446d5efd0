// Owns the audit capability's errors.
import { CodedError } from '../errors';

export class AuditError extends CodedError {}

/** record() was handed an entry outside the schema: unknown action, a name where an id belongs, details that look secret. */
export class AuditEntryInvalidError extends AuditError {
  constructor(detail: string) {
    super('ERR_AUDIT_INVALID_ENTRY', detail);
  }
}

export class AuditFilterInvalidError extends AuditError {
  constructor(detail: string) {
    super('ERR_AUDIT_INVALID_FILTER', detail);
  }
}

/**
 * The last entry is not the recorded head: entries were removed from the end, or the head was
 * altered. Recording on would overwrite the head and hide that, so record() refuses.
 */
export class AuditChainBrokenError extends AuditError {
  constructor(detail: string) {
    super('ERR_AUDIT_CHAIN_BROKEN', detail);
  }
}

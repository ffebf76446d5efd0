// Owns the scheduling capability's errors.
import { CodedError } from '../errors';

export class YearNotFoundError extends CodedError {
  constructor() {
    super('ERR_SCHEDULE_YEAR_NOT_FOUND');
  }
}
export class YearOverlapError extends CodedError {
  constructor(detail = 'the academic year overlaps another year of the program, or its label is taken') {
    super('ERR_SCHEDULE_YEAR_OVERLAP', detail);
  }
}
export class BlocksInvalidError extends CodedError {
  constructor(detail: string) {
    super('ERR_SCHEDULE_BLOCKS_INVALID', detail);
  }
}
/** A rotation, absence, block or other schedule item the request names does not exist. */
export class ScheduleItemNotFoundError extends CodedError {
  constructor(detail: string) {
    super('ERR_SCHEDULE_NOT_FOUND', detail);
  }
}
export class RotationInUseError extends CodedError {
  constructor() {
    super('ERR_SCHEDULE_ROTATION_IN_USE');
  }
}
export class NotOnRosterError extends CodedError {
  constructor() {
    super('ERR_SCHEDULE_NOT_ON_ROSTER');
  }
}
export class ScheduleLockedError extends CodedError {
  constructor(detail: string) {
    super('ERR_SCHEDULE_LOCKED', detail);
  }
}
export class NothingToPublishError extends CodedError {
  constructor() {
    super('ERR_SCHEDULE_NOTHING_TO_PUBLISH');
  }
}
export class VersionNotFoundError extends CodedError {
  constructor() {
    super('ERR_SCHEDULE_VERSION_NOT_FOUND');
  }
}
/**
 * The rule engine's worker failed twice on one request (or was shut down). For an edit, the change
 * itself is already saved; only its findings are missing, and the next request re-checks the year.
 * No dedicated code exists in the contract yet, so it answers the generic internal error.
 */
export class ValidationUnavailableError extends CodedError {
  constructor(detail: string, options?: ErrorOptions) {
    super('ERR_INTERNAL', detail, options);
  }
}

// Owns the people capability's errors.
import { CodedError } from '../errors';

export class PersonNotFoundError extends CodedError {
  constructor() {
    super('ERR_PERSON_NOT_FOUND');
  }
}
export class PersonEmailTakenError extends CodedError {
  constructor() {
    super('ERR_PERSON_EMAIL_TAKEN');
  }
}

/** Deleting would cascade through the person's rosters, assignments, calls and absences, locked past included. */
export class PersonOnRosterError extends CodedError {
  constructor() {
    super('ERR_PERSON_ON_ROSTER');
  }
}

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

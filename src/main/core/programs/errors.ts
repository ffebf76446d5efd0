// Owns the programs capability's errors.
import { CodedError } from '../errors';

export class ProgramNotFoundError extends CodedError {
  constructor() {
    super('ERR_PROGRAM_NOT_FOUND');
  }
}
export class ProgramCodeTakenError extends CodedError {
  constructor() {
    super('ERR_PROGRAM_CODE_TAKEN');
  }
}

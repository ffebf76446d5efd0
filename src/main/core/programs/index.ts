// Programs (tenants).
export { ProgramCodeTakenError, ProgramNotFoundError } from './errors';
export { createProgramsService } from './programs.service';
export type { ProgramsService } from './programs.service';

// Owns programs (tenants): creating and listing them, and resolving the one a request is scoped to.
// Each program gets its own data and blind-index keys, derived on demand (field-crypto).
import { randomUUID } from 'node:crypto';
import type { Program, ProgramInput } from '../../../shared/domain';
import { insertProgram, listPrograms, programByCode, programById, type ProgramRow, type ReadableDb, type WritableDb } from '../store';
import { ProgramCodeTakenError, ProgramNotFoundError } from './errors';

export interface ProgramsService {
  create(input: ProgramInput): Program;
  list(): Program[];
  /** The program a request names, or ERR_PROGRAM_NOT_FOUND. */
  require(programId: string): Program;
}

const toProgram = (r: ProgramRow): Program => ({ id: r.id, code: r.code, name: r.name, dataKeyVersion: r.data_key_version, createdAt: r.created_at });

export function createProgramsService(deps: { reader: () => ReadableDb; writer: () => WritableDb; now?: () => Date }): ProgramsService {
  const now = () => (deps.now ?? (() => new Date()))().toISOString();
  return {
    create(input) {
      const db = deps.writer();
      if (programByCode(db, input.code)) throw new ProgramCodeTakenError();
      const t = now();
      const row: ProgramRow = { id: randomUUID(), code: input.code, name: input.name, data_key_version: 1, created_at: t, updated_at: t };
      insertProgram(db, row);
      return toProgram(row);
    },
    list: () => listPrograms(deps.reader()).map(toProgram),
    require(programId) {
      const row = programById(deps.reader(), programId);
      if (!row) throw new ProgramNotFoundError();
      return toProgram(row);
    },
  };
}

// Owns step one of a program data-key rotation: moving programs.data_key_version forward. From the
// commit on, every new write of the program seals under the new version (the services read the
// version per call); rows sealed before stay readable (envelopes name their version) until
// reencryptScope() has re-sealed them.
import { programById, transaction, type WritableDb } from '../store';
import { ProgramNotFoundError } from '../programs';
import { bumpProgramKeyVersion } from './internal/program-key-version';

export interface ProgramKeyRotation {
  programId: string;
  fromVersion: number;
  toVersion: number;
}

/**
 * @example
 * const { toVersion } = startProgramKeyRotation(workstation.writer(), programId);
 * await reencryptScope({ writer, keys }, programId, { signal, onProgress });
 */
export function startProgramKeyRotation(db: WritableDb, programId: string, now: () => Date = () => new Date()): ProgramKeyRotation {
  return transaction(db, () => {
    const program = programById(db, programId);
    if (!program) throw new ProgramNotFoundError();
    bumpProgramKeyVersion(db, programId, program.data_key_version, now().toISOString());
    return { programId, fromVersion: program.data_key_version, toVersion: program.data_key_version + 1 };
  });
}

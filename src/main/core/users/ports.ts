// Owns what the users capability needs from password hashing and policy, so it does not depend on
// how they are implemented (bcrypt in worker threads, NIST checks).
import type { ErrorCode } from '../../../shared/contract';

export interface PasswordHashing {
  hash(password: string): Promise<string>;
  verify(password: string, hash: string): Promise<boolean>;
  needsRehash(hash: string): boolean;
  /** Same work as a real verify, against a dummy hash: unknown users cost what known ones do. */
  verifyAgainstDummy(password: string): Promise<false>;
}

/** null when acceptable, else the specific code and a sentence that describes the rule. */
export type PasswordPolicy = (password: string, context: { username: string }) => { code: ErrorCode; message: string } | null;

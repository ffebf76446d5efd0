// Owns the base of every error a core service may raise on purpose. Each capability subclasses it
// in its own errors.ts and fixes the code; the IPC layer shows only the code's generic message.
import type { ErrorCode } from '../../../shared/contract';

export class CodedError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, detail?: string, options?: ErrorOptions) {
    super(detail ?? code, options);
    this.code = code;
    this.name = new.target.name;
  }
}

export const isCodedError = (e: unknown): e is CodedError => e instanceof CodedError;

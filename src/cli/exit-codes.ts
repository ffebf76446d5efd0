// Owns the CLI's exit codes (documented in docs/cli.md). Scripts rely on them: never renumber.
export const EXIT = {
  ok: 0,
  /** The operation ran and the answer is "no": wrong passphrase, validation errors found, … */
  failed: 1,
  /** Bad arguments or unreadable input; nothing was changed. */
  usage: 2,
  /** The vault or keychain is not usable as asked (not initialised, already exists, tampered). */
  vault: 3,
  /** A bug: the log has details. */
  internal: 70,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class UsageError extends Error {}

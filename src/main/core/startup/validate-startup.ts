// Owns refusing to start with an insecure configuration, as the system this replaces did: every
// setting that weakens a secret is checked before anything opens, and each problem says what to fix.
import { statSync } from 'node:fs';
import { PBKDF2_MAX_ITERATIONS, PBKDF2_MIN_ITERATIONS } from '../crypto';
import { checkPassphrase } from '../vault';

export interface StartupConfig {
  /** From RESCHED_PBKDF2_ITERATIONS or --pbkdf2-iterations: work factor for new passphrase slots. */
  pbkdf2Iterations?: string | undefined;
  /** Files holding secrets the process will read (passphrase files for unattended use). */
  secretFiles?: { path: string; contents: string; purpose: string }[];
  /** Refuse a world-readable secret file (POSIX only). */
  checkPermissions?: boolean;
}

export interface StartupProblem {
  setting: string;
  problem: string;
  fix: string;
}

export function validateStartup(config: StartupConfig): StartupProblem[] {
  const problems: StartupProblem[] = [];
  if (config.pbkdf2Iterations !== undefined) {
    const n = Number(config.pbkdf2Iterations);
    if (!Number.isInteger(n) || n < PBKDF2_MIN_ITERATIONS || n > PBKDF2_MAX_ITERATIONS) {
      problems.push({
        setting: 'RESCHED_PBKDF2_ITERATIONS',
        problem: `"${config.pbkdf2Iterations.slice(0, 20)}" is not a whole number between ${PBKDF2_MIN_ITERATIONS} and ${PBKDF2_MAX_ITERATIONS}`,
        fix: `unset it (the default is ${PBKDF2_MIN_ITERATIONS}, OWASP 2023) or raise it`,
      });
    }
  }
  for (const f of config.secretFiles ?? []) {
    const verdict = checkPassphrase(f.contents);
    if (!verdict.ok) problems.push({ setting: f.path, problem: `the ${f.purpose} is too weak: ${verdict.message}`, fix: 'choose a stronger passphrase' });
    if (config.checkPermissions !== false && process.platform !== 'win32') {
      const mode = statSync(f.path).mode & 0o077;
      if (mode !== 0) problems.push({ setting: f.path, problem: `the ${f.purpose} file can be read by other users`, fix: `chmod 600 ${f.path}` });
    }
  }
  return problems;
}

export class InsecureConfigurationError extends Error {
  readonly problems: StartupProblem[];
  constructor(problems: StartupProblem[]) {
    super(
      `Refusing to start with an insecure configuration:\n${problems.map((p) => `  - ${p.setting}: ${p.problem} — ${p.fix}`).join('\n')}`,
    );
    this.problems = problems;
  }
}

export function assertSecureStartup(config: StartupConfig): void {
  const problems = validateStartup(config);
  if (problems.length) throw new InsecureConfigurationError(problems);
}

// Owns reading secrets for the CLI: from a file or stdin ("-"), never from argv or the environment,
// so they stay out of shell history and `ps`.
import { readFileSync } from 'node:fs';
import { UsageError } from './exit-codes';

export function readSecretFile(file: string, what: string): string {
  let raw: string;
  try {
    raw = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read the ${what} file ${file === '-' ? '(stdin)' : file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  // One trailing newline is how editors and `echo` end files; it is not part of the secret.
  const secret = raw.replace(/\r?\n$/, '');
  if (!secret) throw new UsageError(`the ${what} file is empty`);
  return secret;
}

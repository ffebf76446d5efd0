// Owns the rule that only `init` creates a data directory; every other command needs one to exist.
import { existsSync, statSync } from 'node:fs';
import { UsageError } from './exit-codes';

export function requireExistingDir(dir: string): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`no data directory at ${dir} (create one with \`resched init\`)`);
}

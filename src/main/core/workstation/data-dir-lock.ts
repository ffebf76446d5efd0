// Owns "one process per data folder": the app, the browser host and each CLI command hold an
// exclusive lock file while they use a data directory, so a CLI command cannot rewrite vault.json
// or clear the crash marker under a running app. A lock left by a process that no longer runs is
// taken over; a live one is refused with ERR_DATA_DIR_BUSY.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { CodedError } from '../errors';

export const LOCK_FILE_NAME = '.resched.lock';

export class DataDirBusyError extends CodedError {
  readonly pid: number;
  constructor(pid: number) {
    super('ERR_DATA_DIR_BUSY', `data directory locked by pid ${pid}`);
    this.pid = pid;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else — still alive.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holderOf(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8').split(/\s/)[0] ?? '', 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the lock (re-entrant within this process); returns the function that releases it. */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE_NAME);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, `${process.pid} ${new Date().toISOString()}\n`);
      closeSync(fd);
      const release = () => {
        if (holderOf(file) === process.pid) unlinkSync(file);
        process.off('exit', release);
      };
      process.once('exit', release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = holderOf(file);
      if (pid === process.pid) return () => undefined;
      if (pid !== null && alive(pid)) throw new DataDirBusyError(pid);
      // Left by a process that died (crash, kill): take it over.
      try {
        unlinkSync(file);
      } catch {
        /* another process took it over first: the next attempt decides */
      }
    }
  }
  throw new DataDirBusyError(holderOf(file) ?? 0);
}

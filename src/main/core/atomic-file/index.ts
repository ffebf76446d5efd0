// Owns durable file replacement: write a temp file, fsync it, rename over the target, fsync the
// directory. A crash at any moment leaves either the old file or the new one, never a mix.
import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';

export interface AtomicWriteOptions {
  /** Fail instead of replacing when the target exists (never overwrite a vault by accident). */
  exclusive?: boolean;
  mode?: number;
}

async function fsyncDir(dir: string): Promise<void> {
  // Directory fsync makes the rename itself durable; some filesystems refuse it, which is harmless.
  const handle = await fs.open(dir, constants.O_RDONLY).catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    /* not supported here */
  } finally {
    await handle.close();
  }
}

export async function writeFileAtomic(target: string, data: Uint8Array | string, opts: AtomicWriteOptions = {}): Promise<void> {
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(tmp, 'wx', opts.mode ?? 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    if (opts.exclusive) {
      // link() fails with EEXIST when the target exists, unlike rename(); then drop the temp name.
      await fs.link(tmp, target);
      await fs.unlink(tmp);
    } else {
      await fs.rename(tmp, target);
    }
  } catch (e) {
    await fs.unlink(tmp).catch(() => undefined);
    throw e;
  }
  await fsyncDir(dir);
}

/** Removes temp files left by a crash between write and rename. */
export async function removeStaleTempFiles(target: string): Promise<number> {
  const dir = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const n of names) {
    if (n.startsWith(prefix) && n.endsWith('.tmp')) {
      await fs.unlink(path.join(dir, n)).catch(() => undefined);
      removed++;
    }
  }
  return removed;
}

// Owns the names of the files a rekey touches beside store.db, and removing leftovers.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { STORE_FILE_NAME } from '../../store';

export const storeFileOf = (dataDir: string) => path.join(dataDir, STORE_FILE_NAME);
/** The re-keyed copy while it is being made and verified; renamed over store.db when complete. */
export const rekeyCopyOf = (dataDir: string) => path.join(dataDir, `${STORE_FILE_NAME}.rekey`);

/** Removes the (empty) -wal, -shm and -journal files beside a closed database. */
export function removeSidecars(file: string): void {
  for (const suffix of ['-journal', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

/** Removes a file and the journal/WAL/shared-memory files SQLite may have left beside it. */
export function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

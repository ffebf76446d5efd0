// A data directory: vault + encrypted store, opened and closed together.
export { DataDirBusyError, LOCK_FILE_NAME, lockDataDir } from './data-dir-lock';
export { createWorkstation } from './workstation';
export type { Workstation, WorkstationOptions } from './workstation';

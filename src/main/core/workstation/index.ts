// A data directory: vault + encrypted store, opened and closed together.
export { createWorkstation } from './workstation';
export type { Workstation, WorkstationOptions } from './workstation';

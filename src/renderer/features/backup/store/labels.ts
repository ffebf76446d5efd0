// Owns the words of the Backups screen: the phases of a running operation, the days of the week,
// who made a backup, and the one-line answer of a successful verification.
import type { BackupProgress, BackupVerification } from '../../../../shared/domain';
import { formatDateTime } from '../../../lib/format';
import type { BackupJobKind } from './run-backup-job';

export const phaseLabel: Record<BackupProgress['phase'], string> = {
  snapshot: 'Taking a snapshot of the data',
  writing: 'Encrypting and writing the file',
  reading: 'Reading and checking the file',
  switching: 'Switching to the restored data',
};

export const jobTitle: Record<BackupJobKind, string> = {
  export: 'Exporting a backup',
  verify: 'Verifying a backup',
  restore: 'Restoring a backup',
};

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** Who made a backup, from the manifest's createdBy (a user id, "system" or "cli:<os user>"). */
export function creatorName(createdBy: string, selfId: string): string {
  if (createdBy === selfId) return 'you';
  if (createdBy === 'system') return 'the backup schedule';
  if (createdBy.startsWith('cli:')) return `the command line (${createdBy.slice(4)})`;
  return 'another administrator';
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** "Valid — created …, by …, N people, M assignments, signed by this site" */
export function verificationText(v: BackupVerification, selfId: string): string {
  const signer = v.signedByThisSite ? 'signed by this site' : `signed by key ${v.signer.kid} (${v.signer.thumbprint}), not one of this site’s`;
  return `Valid — created ${formatDateTime(v.createdAt)}, by ${creatorName(v.createdBy, selfId)}, ${count(v.summary.programs, 'program', 'programs')}, ${count(v.summary.people, 'person', 'people')}, ${count(v.summary.assignments, 'assignment', 'assignments')}, ${signer}.`;
}

/** A file size as people read it. */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${(bytes / (1024 * 1024 * 1024)).toFixed(2)} GB`;
}

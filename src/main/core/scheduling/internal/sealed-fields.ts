// Owns where each encrypted scheduling field lives, so sealing and opening always bind a value to
// the same table|column|row|program (field-crypto AAD).
import type { FieldRef } from '../../field-crypto';

export const overrideReasonRef = (programId: string, overrideId: string): FieldRef => ({
  table: 'halfday_overrides',
  column: 'reason',
  rowId: overrideId,
  programId,
});

export const absenceReasonRef = (programId: string, absenceId: string): FieldRef => ({ table: 'absences', column: 'reason', rowId: absenceId, programId });

/** A version's row id is "<year id>:<version>": unique, and fixed once published. */
export const versionSnapshotRef = (programId: string, yearId: string, version: number): FieldRef => ({
  table: 'schedule_versions',
  column: 'snapshot',
  rowId: `${yearId}:${version}`,
  programId,
});

export const versionNoteRef = (programId: string, yearId: string, version: number): FieldRef => ({
  table: 'schedule_versions',
  column: 'note',
  rowId: `${yearId}:${version}`,
  programId,
});

// Owns what every scheduling service shares: the store, the field cipher, the clock, and the
// checks that scope a request to one program's year and roster.
import type { AcademicYear, Block } from '../../../../shared/domain';
import type { FieldCipher } from '../../field-crypto';
import type { PeopleService } from '../../people';
import type { ProgramsService } from '../../programs';
import type { UsersService } from '../../users';
import {
  academicYearById,
  type AcademicYearRow,
  blocksOfYear,
  type ReadableDb,
  rosterEntry,
  type WritableDb,
} from '../../store';
import { NotOnRosterError, YearNotFoundError } from '../errors';

export interface SchedulingDeps {
  reader: () => ReadableDb;
  writer: () => WritableDb;
  programs: ProgramsService;
  people: Pick<PeopleService, 'get' | 'list'>;
  cipher: FieldCipher;
  /** Display names of users, for "published by" and "changed by". */
  users: Pick<UsersService, 'get'>;
  now: () => Date;
  /** Subscribes to the vault locking: in-memory validators and documents are dropped then. */
  onLock: (listener: () => void) => void;
}

export function requireYear(db: ReadableDb, programId: string, yearId: string): AcademicYearRow {
  const row = academicYearById(db, programId, yearId);
  if (!row) throw new YearNotFoundError();
  return row;
}

export const blocksOf = (db: ReadableDb, yearId: string): Block[] =>
  blocksOfYear(db, yearId).map((b) => ({ number: b.number, startDate: b.start_date, endDate: b.end_date }));

export const toAcademicYear = (row: AcademicYearRow, blocks: Block[]): AcademicYear => ({
  id: row.id,
  programId: row.program_id,
  label: row.label,
  startDate: row.start_date,
  endDate: row.end_date,
  blocks,
  publishedVersion: row.published_version,
  createdAt: row.created_at,
});

/** Edits name only people on the year's roster and active in it. */
export function requireOnRoster(db: ReadableDb, yearId: string, personId: string): void {
  const entry = rosterEntry(db, yearId, personId);
  if (!entry || entry.active !== 1) throw new NotOnRosterError();
}

/** A user's display name, or their id once the account is gone. */
export function userName(deps: SchedulingDeps, userId: string): string {
  try {
    return deps.users.get(userId).displayName;
  } catch {
    return userId;
  }
}

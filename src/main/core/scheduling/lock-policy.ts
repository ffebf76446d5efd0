// Owns "published past dates are locked": once a year has a published version, every date before
// today inside it is history that the published schedule already told people; edits that touch
// such a date are refused, as are block assignments of a block that has already begun.
import type { Block, IsoDate } from '../../../shared/domain';
import type { AcademicYearRow } from '../store';
import { ScheduleLockedError } from './errors';
import { addDays, localDate } from './internal/dates';

/** The last locked date (inclusive), or null when nothing is locked. */
export function lockedThrough(year: Pick<AcademicYearRow, 'published_version' | 'start_date' | 'end_date'>, now: Date): IsoDate | null {
  if (year.published_version === null) return null;
  const yesterday = addDays(localDate(now), -1);
  if (yesterday < year.start_date) return null;
  return yesterday < year.end_date ? yesterday : year.end_date;
}

export interface LockGuard {
  readonly through: IsoDate | null;
  /** Refuses an edit touching any date in [from, to]. */
  dates(from: IsoDate, to?: IsoDate): void;
  /** Refuses an edit of a block that has begun. */
  block(block: Block): void;
}

export function lockGuard(year: AcademicYearRow, now: Date): LockGuard {
  const through = lockedThrough(year, now);
  return {
    through,
    dates(from) {
      // A range touches the locked past exactly when it starts in it.
      if (through !== null && from <= through) throw new ScheduleLockedError(`dates through ${through} are published and past`);
    },
    block(block) {
      if (through !== null && block.startDate <= through) throw new ScheduleLockedError(`block ${block.number} has begun and is published`);
    },
  };
}

// Owns the rules a year's blocks obey: numbered in order without gaps, each a real range, each
// starting the day after the previous one ends, all inside the academic year.
import type { Block, IsoDate } from '../../../shared/domain';
import { BlocksInvalidError } from './errors';
import { addDays } from './internal/dates';

/** Returns the blocks sorted by number, or throws ERR_SCHEDULE_BLOCKS_INVALID naming the first problem. */
export function validateBlocks(blocks: readonly Block[], year: { startDate: IsoDate; endDate: IsoDate }): Block[] {
  if (blocks.length === 0) throw new BlocksInvalidError('a year needs at least one block');
  const sorted = [...blocks].sort((a, b) => a.number - b.number);
  sorted.forEach((b, i) => {
    if (b.startDate > b.endDate) throw new BlocksInvalidError(`block ${b.number} ends before it starts`);
    if (b.startDate < year.startDate || b.endDate > year.endDate) throw new BlocksInvalidError(`block ${b.number} is outside the academic year`);
    const prev = sorted[i - 1];
    if (!prev) return;
    if (b.number !== prev.number + 1) throw new BlocksInvalidError(`block numbers must follow each other (${prev.number} then ${b.number})`);
    if (b.startDate !== addDays(prev.endDate, 1)) throw new BlocksInvalidError(`block ${b.number} must start the day after block ${prev.number} ends`);
  });
  return sorted;
}

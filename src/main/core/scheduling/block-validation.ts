// Owns refusing a year's block layout the shared rules reject (src/shared/domain/block-layout.ts).
import { type Block, blockLayoutProblems, type IsoDate } from '../../../shared/domain';
import { BlocksInvalidError } from './errors';

/** Returns the blocks sorted by number, or throws ERR_SCHEDULE_BLOCKS_INVALID naming the first problem. */
export function validateBlocks(blocks: readonly Block[], year: { startDate: IsoDate; endDate: IsoDate }): Block[] {
  if (blocks.length === 0) throw new BlocksInvalidError('a year needs at least one block');
  const numbers = new Set(blocks.map((b) => b.number));
  if (numbers.size !== blocks.length) throw new BlocksInvalidError('two blocks have the same number');
  const [first] = blockLayoutProblems(blocks, year);
  if (first) throw new BlocksInvalidError(first.message);
  return [...blocks].sort((a, b) => a.number - b.number);
}

// Owns editing a year's blocks as a table: moving one boundary moves its neighbour with it, so
// the blocks stay contiguous, and every row says what is wrong with it before main is asked.
import type { Block } from '../../../../shared/domain';
import { addDays, daysInclusive } from '../../../lib/iso-dates';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Block `index` now ends on `endDate`; the next block starts the day after. */
export function moveEnd(blocks: readonly Block[], index: number, endDate: string): Block[] {
  return blocks.map((b, i) => {
    if (i === index) return { ...b, endDate };
    if (i === index + 1 && ISO.test(endDate)) return { ...b, startDate: addDays(endDate, 1) };
    return b;
  });
}

/** Block `index` now starts on `startDate`; the previous block ends the day before. */
export function moveStart(blocks: readonly Block[], index: number, startDate: string): Block[] {
  return blocks.map((b, i) => {
    if (i === index) return { ...b, startDate };
    if (i === index - 1 && ISO.test(startDate)) return { ...b, endDate: addDays(startDate, -1) };
    return b;
  });
}

/** What is wrong with each row (by index), in the words of the screen; empty when all is well. */
export function blockProblems(blocks: readonly Block[], year: { startDate: string; endDate: string }): Map<number, string> {
  const problems = new Map<number, string>();
  blocks.forEach((b, i) => {
    if (!ISO.test(b.startDate) || !ISO.test(b.endDate)) problems.set(i, 'Enter both dates.');
    else if (b.endDate < b.startDate) problems.set(i, 'Ends before it starts.');
    else if (b.startDate < year.startDate || b.endDate > year.endDate) problems.set(i, 'Lies outside the academic year.');
    else if (i === 0 && b.startDate !== year.startDate) problems.set(i, 'The first block must start when the year starts.');
    else if (i === blocks.length - 1 && b.endDate !== year.endDate) problems.set(i, 'The last block must end when the year ends.');
    else if (i > 0 && blocks[i - 1] && ISO.test(blocks[i - 1]!.endDate) && addDays(blocks[i - 1]!.endDate, 1) !== b.startDate) {
      problems.set(i, 'Must start the day after the previous block ends.');
    }
  });
  return problems;
}

export const blockLength = (b: Block): number | null =>
  ISO.test(b.startDate) && ISO.test(b.endDate) && b.startDate <= b.endDate ? daysInclusive(b.startDate, b.endDate) : null;

export const sameBlocks = (a: readonly Block[], b: readonly Block[]): boolean =>
  a.length === b.length && a.every((x, i) => x.startDate === b[i]?.startDate && x.endDate === b[i]?.endDate);

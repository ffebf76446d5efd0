// Owns laying out a new year's blocks from a preset: the year runs from its start date to the June
// 30 that ends it, and blocks cover it without gaps.
import type { Block, BlockPreset, IsoDate, Weekday } from '../../../shared/domain';
import { academicYearEnd, addDays, daysBetween, weekdayOf } from './internal/dates';

const BLOCK_DAYS = 28;
/** A tail shorter than this joins the block before it rather than standing alone. */
const MIN_TAIL_DAYS = 7;

export interface YearLayout {
  startDate: IsoDate;
  endDate: IsoDate;
  blocks: Block[];
}

/**
 * @example presetBlocks('2026-07-01', { kind: 'thirteen-four-week' })
 * // blocks 1–13, 28 days each from 1 Jul 2026; block 13 runs 2 Jun – 30 Jun 2027 (29 days)
 */
export function presetBlocks(startDate: IsoDate, preset: BlockPreset): YearLayout {
  const endDate = academicYearEnd(startDate);
  if (preset.kind === 'thirteen-four-week') {
    const blocks = Array.from({ length: 13 }, (_, i) => ({
      number: i + 1,
      startDate: addDays(startDate, i * BLOCK_DAYS),
      endDate: i === 12 ? endDate : addDays(startDate, (i + 1) * BLOCK_DAYS - 1),
    }));
    return { startDate, endDate, blocks };
  }
  return { startDate, endDate, blocks: orientationThen28(startDate, endDate, preset.orientationDays, preset.blockWeekday) };
}

// Block 0 lasts at least orientationDays and stretches to the day before the first chosen weekday,
// so every later block starts on that weekday; the last block ends on the year's last day.
function orientationThen28(startDate: IsoDate, endDate: IsoDate, orientationDays: number, weekday: Weekday): Block[] {
  let first = addDays(startDate, orientationDays);
  while (weekdayOf(first) !== weekday) first = addDays(first, 1);
  const blocks: Block[] = [{ number: 0, startDate, endDate: addDays(first, -1) }];
  for (let start = first, n = 1; start <= endDate; start = addDays(start, BLOCK_DAYS), n++) {
    const end = addDays(start, BLOCK_DAYS - 1);
    blocks.push({ number: n, startDate: start, endDate: end < endDate ? end : endDate });
  }
  const last = blocks.at(-1)!;
  if (blocks.length > 2 && daysBetween(last.startDate, last.endDate) + 1 < MIN_TAIL_DAYS) {
    blocks.pop();
    blocks.at(-1)!.endDate = endDate;
  }
  return blocks;
}

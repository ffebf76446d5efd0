// Owns the rules a year's blocks obey — numbered in order without gaps, each a real range, each
// starting the day after the previous one ends, all inside the academic year — in one place, so the
// app (creating and editing years) and `resched validate` (reading files) can never disagree.
import type { Block, IsoDate } from './schedule';

export interface BlockLayoutProblem {
  /** Index of the offending block in the list given (not its number). */
  index: number;
  field?: 'number' | 'startDate' | 'endDate';
  message: string;
}

/** The calendar day after `d` (dates are wall-clock dates, computed in UTC so no DST shift applies). */
export const dayAfter = (d: IsoDate): IsoDate => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Every problem of a block layout, in block-number order; [] when the layout is sound. */
export function blockLayoutProblems(blocks: readonly Block[], year: { startDate: IsoDate; endDate: IsoDate }): BlockLayoutProblem[] {
  const out: BlockLayoutProblem[] = [];
  const order = blocks.map((b, index) => ({ b, index })).sort((x, y) => x.b.number - y.b.number);
  order.forEach(({ b, index }, k) => {
    if (b.endDate < b.startDate) out.push({ index, field: 'endDate', message: `Block ${b.number} ends before it starts` });
    else if (b.startDate < year.startDate || b.endDate > year.endDate) {
      out.push({ index, message: `Block ${b.number} (${b.startDate} to ${b.endDate}) is not inside the academic year` });
    }
    const prev = order[k - 1]?.b;
    // Two blocks with one number are a duplicate, reported by whoever checks ids.
    if (!prev || prev.number === b.number) return;
    if (b.number !== prev.number + 1) out.push({ index, field: 'number', message: `Block numbers must follow each other: ${prev.number} is followed by ${b.number}` });
    else if (b.startDate !== dayAfter(prev.endDate)) {
      out.push({ index, field: 'startDate', message: `Block ${b.number} must start the day after block ${prev.number} ends (${dayAfter(prev.endDate)})` });
    }
  });
  return out;
}

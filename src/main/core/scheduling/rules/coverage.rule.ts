// program.coverage: each rotation's residents per block stay within its capacity min/max (from
// the rotation template). Faculty on a rotation supervise it and are not counted.
import type { Finding, FindingCell } from '../../../../shared/domain';
import type { BlockRule } from './rule';
import { findingKey, iso, MAX_CELLS, plural, rangeText } from './internal/wording';

const ID = 'program.coverage' as const;

export const coverageRule: BlockRule = {
  id: ID,
  scope: 'block',
  check(s, pos, people) {
    const block = s.blocks[pos]!;
    const count = new Int32Array(s.rotations.length);
    const members: FindingCell[][] = s.rotations.map(() => []);
    for (const t of people) {
      if (!t.isResident) continue;
      const rot = t.rotationOfBlock[pos]!;
      if (rot < 0) continue;
      count[rot]!++;
      if (members[rot]!.length < MAX_CELLS) members[rot]!.push({ personId: t.personId, date: iso(s, block.first) });
    }
    const out: Finding[] = [];
    const range = rangeText(s, block.first, block.last);
    for (const r of s.rotations) {
      const n = count[r.index]!;
      const { min, max } = r.template.capacity;
      if (n >= min && n <= max) continue;
      const under = n < min;
      out.push({
        key: findingKey(ID, `${r.template.id}|${block.number}`, s, block.first),
        ruleId: ID,
        severity: 'error',
        rotationId: r.template.id,
        block: block.number,
        startDate: iso(s, block.first),
        endDate: iso(s, block.last),
        measured: n,
        limit: under ? min : max,
        unit: 'residents',
        explanation: `${r.template.name} has ${plural(n, 'resident')} in block ${block.number} (${range}); it needs ${min === max ? String(min) : `${min}–${max}`}.`,
        suggestion: under
          ? `Assign ${plural(min - n, 'more resident')} to ${r.template.name} in block ${block.number}.`
          : `Move ${plural(n - max, 'resident')} off ${r.template.name} in block ${block.number}.`,
        cells: members[r.index]!,
      });
    }
    return out;
  },
};

// program.supervision: enough supervising faculty in every half-day session of a supervised
// rotation. Units = pgy1Units × PGY-1 residents + seniorUnits × PGY-2+ residents working the
// session; faculty needed = ceil(units / unitsPerFaculty); faculty available = faculty working
// that rotation in that session. One finding per rotation per block, naming the worst session.
import type { Finding, FindingCell, RuleParameters } from '../../../../shared/domain';
import { defaultRuleParameters } from '../../../../shared/domain';
import { SLOT_NAMES, SLOTS_PER_DAY } from '../engine/compile';
import type { BlockRule } from './rule';
import { dayText, findingKey, iso, listOr, MAX_CELLS, plural, rangeText } from './internal/wording';

const DEFAULTS = defaultRuleParameters().supervision;

/** Faculty a session needs for its residents (ACGME.md: (1,0)→1, (3,0)→2, (0,5)→2, (1,1)→1, (2,4)→2). */
const ID = 'program.supervision' as const;

export function facultyNeeded(pgy1Count: number, seniorCount: number, params: RuleParameters['supervision'] = DEFAULTS): number {
  const units = pgy1Count * params.pgy1Units + seniorCount * params.seniorUnits;
  // The epsilon keeps fractional unit weights (e.g. 0.1 × 40) from rounding up a whole faculty.
  return Math.ceil(units / params.unitsPerFaculty - 1e-9);
}

const HALF_DAYS = 2;

export const supervisionRule: BlockRule = {
  id: ID,
  scope: 'block',
  check(s, pos, people) {
    const block = s.blocks[pos]!;
    const len = block.last - block.first + 1;
    if (len <= 0) return [];
    const size = s.rotations.length * len * HALF_DAYS;
    const pgy1 = new Int32Array(size);
    const senior = new Int32Array(size);
    const faculty = new Int32Array(size);
    for (const t of people) {
      const kind = t.person?.kind;
      if (kind !== 'resident' && kind !== 'faculty') continue;
      const target = kind === 'faculty' ? faculty : t.person?.pgy === 1 ? pgy1 : senior;
      for (let d = block.first; d <= block.last; d++) {
        for (let k = 0; k < HALF_DAYS; k++) {
          const i = d * SLOTS_PER_DAY + k;
          const rot = t.slotRotation[i]!;
          if (rot >= 0 && t.slotMinutes[i]! > 0) target[(rot * len + d - block.first) * HALF_DAYS + k]!++;
        }
      }
    }
    const params = s.params.supervision;
    const out: Finding[] = [];
    for (const r of s.rotations) {
      if (!r.template.supervised) continue;
      const short: number[] = [];
      let worst = -1;
      let worstGap = 0;
      for (let j = 0; j < len * HALF_DAYS; j++) {
        const i = r.index * len * HALF_DAYS + j;
        const gap = facultyNeeded(pgy1[i]!, senior[i]!, params) - faculty[i]!;
        if (gap <= 0) continue;
        short.push(j);
        if (gap > worstGap) {
          worstGap = gap;
          worst = j;
        }
      }
      if (short.length === 0) continue;
      const at = (j: number) => ({ day: block.first + Math.floor(j / HALF_DAYS), slot: j % HALF_DAYS });
      const w = at(worst);
      const wi = r.index * len * HALF_DAYS + worst;
      const needed = facultyNeeded(pgy1[wi]!, senior[wi]!, params);
      const first = at(short[0]!).day;
      const last = at(short[short.length - 1]!).day;
      const isShort = new Uint8Array(len * HALF_DAYS);
      for (const j of short) isShort[j] = 1;
      const cells: FindingCell[] = [];
      for (const t of people) {
        if (cells.length >= MAX_CELLS) break;
        if (t.person?.kind !== 'resident') continue;
        for (let j = 0; j < len * HALF_DAYS && cells.length < MAX_CELLS; j++) {
          const { day: d, slot: k } = at(j);
          const i = d * SLOTS_PER_DAY + k;
          if (isShort[j] === 1 && t.slotRotation[i] === r.index && t.slotMinutes[i]! > 0) cells.push({ personId: t.personId, date: iso(s, d), slot: SLOT_NAMES[k]! });
        }
      }
      const examples = short.slice(0, 3).map((j) => `${dayText(s, at(j).day)} ${SLOT_NAMES[at(j).slot]}`);
      out.push({
        key: findingKey(ID, `${r.template.id}|${block.number}`, s, first),
        ruleId: ID,
        severity: 'error',
        rotationId: r.template.id,
        block: block.number,
        startDate: iso(s, first),
        endDate: iso(s, last),
        measured: faculty[wi]!,
        limit: needed,
        unit: 'faculty',
        explanation:
          `${r.template.name} lacks supervising faculty in ${plural(short.length, 'half-day session')} of block ${block.number} (${rangeText(s, block.first, block.last)}); ` +
          `worst ${dayText(s, w.day)} ${SLOT_NAMES[w.slot]}: ${faculty[wi]} of ${needed} needed for ${pgy1[wi]} PGY-1 and ${senior[wi]} PGY-2+ residents.`,
        suggestion: `Assign ${plural(worstGap, 'more faculty member', 'more faculty members')} to ${r.template.name} in those sessions, e.g. ${listOr(examples)}.`,
        cells,
      });
    }
    return out;
  },
};

// program.eligibility: a resident's block assignment must suit the rotation's PGY levels and
// required credentials (both from the rotation template). One finding per ineligible assignment.
import type { Finding } from '../../../../shared/domain';
import type { PersonRule } from './rule';
import { findingKey, iso, MAX_CELLS, nameOf, rangeText, workCells } from './internal/wording';

const ID = 'program.eligibility' as const;

export const eligibilityRule: PersonRule = {
  id: ID,
  scope: 'person',
  check(s, t) {
    if (!t.isResident) return [];
    const out: Finding[] = [];
    const pgy = t.person?.pgy;
    const held = new Set(t.person?.credentials ?? []);
    t.rotationOfBlock.forEach((rot, pos) => {
      if (rot < 0) return;
      const r = s.rotations[rot]!.template;
      const block = s.blocks[pos]!;
      const problems: string[] = [];
      const fixes: string[] = [];
      if (r.pgyEligible.length > 0 && (pgy === undefined || !r.pgyEligible.includes(pgy))) {
        problems.push(`it takes ${r.pgyEligible.map((p) => `PGY-${p}`).join(', ')} only and ${nameOf(t)} ${pgy === undefined ? 'has no PGY level' : `is PGY-${pgy}`}`);
        fixes.push(`a rotation open to ${pgy === undefined ? 'them' : `PGY-${pgy}`}`);
      }
      const missing = r.requiredCredentials.filter((c) => !held.has(c));
      if (missing.length > 0) {
        problems.push(`it requires ${missing.join(', ')}, which ${nameOf(t)} lacks`);
        fixes.push(`record the ${missing.join(', ')} credential${missing.length > 1 ? 's' : ''} if held`);
      }
      if (problems.length === 0) return;
      out.push({
        key: findingKey(ID, `${t.personId}|${r.id}`, s, block.first),
        ruleId: ID,
        severity: 'error',
        personId: t.personId,
        rotationId: r.id,
        block: block.number,
        startDate: iso(s, block.first),
        endDate: iso(s, block.last),
        measured: 1,
        limit: 0,
        unit: 'assignments',
        explanation: `${nameOf(t)} is on ${r.name} in block ${block.number} (${rangeText(s, block.first, block.last)}), but ${problems.join(', and ')}.`,
        suggestion: `Assign an eligible resident to ${r.name} in block ${block.number}, or move ${nameOf(t)} to ${fixes.join('; or ')}.`,
        cells: workCells(s, t, block.first, block.last).slice(0, MAX_CELLS),
      });
    });
    return out;
  },
};

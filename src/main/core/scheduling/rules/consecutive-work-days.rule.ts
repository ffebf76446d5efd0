// program.consecutive-work-days: the optional strict streak some programs add on top of the
// averaged day-off rule: never more than N worked days in a row. Off unless the program sets N.
import type { Finding } from '../../../../shared/domain';
import type { PersonRule } from './rule';
import { runsOf } from './internal/windows';
import { dayText, findingKey, iso, nameOf, rangeText, workCells } from './internal/wording';

const ID = 'program.consecutive-work-days' as const;

export const consecutiveWorkDaysRule: PersonRule = {
  id: ID,
  scope: 'person',
  check(s, t) {
    const max = s.params.dayOffInSeven.maxConsecutiveWorkDays;
    if (max === null || !t.isResident || t.totalMinutes === 0) return [];
    const out: Finding[] = [];
    for (const [a, b] of runsOf(s.days, (d) => t.busy[d] === 1)) {
      const length = b - a + 1;
      if (length <= max) continue;
      out.push({
        key: findingKey(ID, t.personId, s, a),
        ruleId: ID,
        severity: 'error',
        personId: t.personId,
        startDate: iso(s, a),
        endDate: iso(s, b),
        measured: length,
        limit: max,
        unit: 'days',
        explanation: `${nameOf(t)} works ${length} days in a row, ${rangeText(s, a, b)} (program limit ${max}).`,
        suggestion: `Give a day off on or before ${dayText(s, a + max)} to break the run.`,
        cells: workCells(s, t, a, b),
      });
    }
    return out;
  },
};

// program.night-float-max: no more than N night-float nights in a row (6 by default). A night
// counts when the person works the NIGHT slot on a night-float rotation.
import type { Finding } from '../../../../shared/domain';
import { SLOT_NIGHT, SLOTS_PER_DAY } from '../engine/compile';
import type { PersonRule } from './rule';
import { runsOf } from './internal/windows';
import { dayText, findingKey, iso, MAX_CELLS, nameOf, plural, rangeText } from './internal/wording';

const ID = 'program.night-float-max' as const;

export const nightFloatMaxRule: PersonRule = {
  id: ID,
  scope: 'person',
  check(s, t) {
    if (!t.isResident || t.totalMinutes === 0) return [];
    const max = s.params.nightFloat.maxConsecutiveNights;
    const onNightFloat = (d: number) => {
      const i = d * SLOTS_PER_DAY + SLOT_NIGHT;
      const rot = t.slotRotation[i]!;
      return t.slotMinutes[i]! > 0 && rot >= 0 && s.rotations[rot]!.template.nightFloat;
    };
    const out: Finding[] = [];
    for (const [a, b] of runsOf(s.days, onNightFloat)) {
      const nights = b - a + 1;
      if (nights <= max) continue;
      const cells = [];
      for (let d = a; d <= b && cells.length < MAX_CELLS; d++) cells.push({ personId: t.personId, date: iso(s, d), slot: 'NIGHT' as const });
      out.push({
        key: findingKey(ID, t.personId, s, a),
        ruleId: ID,
        severity: 'error',
        personId: t.personId,
        startDate: iso(s, a),
        endDate: iso(s, b),
        measured: nights,
        limit: max,
        unit: 'nights',
        explanation: `${nameOf(t)} works ${plural(nights, 'night-float night')} in a row, ${rangeText(s, a, b)} (program limit ${max}).`,
        suggestion: `Give the night of ${dayText(s, a + max)} to someone else, or split the run with a night off.`,
        cells,
      });
    }
    return out;
  },
};

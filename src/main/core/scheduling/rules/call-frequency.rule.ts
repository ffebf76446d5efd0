// acgme.call-frequency: in-house call no more often than every third night, averaged over rolling
// 28-day windows (at most 28/3 call nights per window). At-home and backup call do not count.
import type { Finding } from '../../../../shared/domain';
import type { PersonRule } from './rule';
import { pick, runsOf, windowSums } from './internal/windows';
import { dayText, findingKey, iso, listOr, MAX_CELLS, nameOf, ordinal, plural, rangeText, round1 } from './internal/wording';

const ID = 'acgme.call-frequency' as const;

export const callFrequencyRule: PersonRule = {
  id: ID,
  scope: 'person',
  check(s, t) {
    if (!t.isResident || t.inputs.calls.length === 0) return [];
    const { everyNthNight, windowDays } = s.params.callFrequency;
    const limit = windowDays / everyNthNight;
    const warnAt = limit * (1 - s.params.warningMarginPercent / 100);
    const sums = windowSums(t.inHouseCall, s.days, windowDays);
    const width = Math.min(windowDays, s.days);
    const out: Finding[] = [];
    for (const [a, b] of runsOf(sums.length, (i) => sums[i]! > warnAt)) {
      const w = pick(a, b, sums, (x, y) => x > y);
      const worst = sums[w]!;
      const error = worst > limit;
      const window = rangeText(s, w, w + width - 1);
      const callDays: number[] = [];
      for (let d = w; d < w + width; d++) if (t.inHouseCall[d] === 1) callDays.push(d);
      const excess = Math.ceil(worst - limit);
      out.push({
        key: findingKey(ID, t.personId, s, a),
        ruleId: ID,
        severity: error ? 'error' : 'warning',
        personId: t.personId,
        startDate: iso(s, a),
        endDate: iso(s, b + width - 1),
        measured: worst,
        limit: round1(limit),
        unit: 'nights',
        explanation: `${nameOf(t)} has ${plural(worst, 'in-house call night')} in ${window} (limit ${limit.toFixed(1)}: every ${ordinal(everyNthNight)}night on average${error ? '' : `; within ${s.params.warningMarginPercent} % of it`}).`,
        suggestion: error
          ? `Move ${plural(excess, 'call')} out of ${window}, e.g. ${listOr(callDays.slice(-3).map((d) => dayText(s, d)))}.`
          : `Add no in-house call in ${window}.`,
        cells: callDays.slice(0, MAX_CELLS).map((d) => ({ personId: t.personId, date: iso(s, d), slot: 'NIGHT' as const })),
      });
    }
    return out;
  },
};

// acgme.weekly-hours: at most 80 h of clinical and educational work a week averaged over rolling
// 28-day windows, in-house call and extra duty (moonlighting, clinical work from home) included.
// One finding per maximal run of windows over the warning line, with the worst window's average.
import type { Finding } from '../../../../shared/domain';
import type { PersonRule } from './rule';
import { pick, runsOf, windowSums } from './internal/windows';
import { busySpan, findingKey, iso, listOr, nameOf, plural, rangeText, round1, workCells, workedDaysText } from './internal/wording';

const ID = 'acgme.weekly-hours' as const;

export const weeklyHoursRule: PersonRule = {
  id: ID,
  scope: 'person',
  check(s, t) {
    if (!t.isResident || t.totalMinutes === 0) return [];
    const { limitHours, windowDays } = s.params.weeklyHours;
    const weeks = windowDays / 7;
    const limitMinutes = limitHours * 60 * weeks;
    const warnMinutes = limitMinutes * (1 - s.params.warningMarginPercent / 100);
    const sums = windowSums(t.dayMinutes, s.days, windowDays);
    const width = Math.min(windowDays, s.days);
    const out: Finding[] = [];
    for (const [a, b] of runsOf(sums.length, (i) => sums[i]! > warnMinutes)) {
      const w = pick(a, b, sums, (x, y) => x > y);
      const worst = sums[w]!;
      const average = worst / 60 / weeks;
      const error = worst > limitMinutes;
      const window = rangeText(s, w, w + width - 1);
      // The finding spans the duty inside the run's windows (not their edges, which may reach days
      // nobody works), and marks cells across all of it.
      const [first, last] = busySpan(s, t, a, b + width - 1) ?? [a, b + width - 1];
      const name = nameOf(t);
      const examples = listOr(workedDaysText(s, t, w, w + width - 1, 3));
      let suggestion: string;
      if (error) {
        const excess = worst - limitMinutes;
        const halfDays = Math.ceil(excess / 360);
        const calls = Math.ceil(excess / s.callMinutes);
        suggestion = `Remove ${plural(halfDays, 'half-day')} or ${plural(calls, 'call')} in ${window} (${round1(excess / 60)} h over), e.g. on ${examples}.`;
      } else {
        suggestion = `Within ${s.params.warningMarginPercent} % of the limit: add no work in ${window} (${round1(limitHours - average)} h/week of room left).`;
      }
      out.push({
        key: findingKey(ID, t.personId, s, a),
        ruleId: ID,
        severity: error ? 'error' : 'warning',
        personId: t.personId,
        startDate: iso(s, first),
        endDate: iso(s, last),
        measured: round1(average),
        limit: limitHours,
        unit: 'hours/week',
        explanation: `${name} averages ${average.toFixed(1)} h/week over ${window} (limit ${limitHours}${error ? '' : ', warning within ' + String(s.params.warningMarginPercent) + ' %'}).`,
        suggestion,
        cells: workCells(s, t, first, last),
      });
    }
    return out;
  },
};

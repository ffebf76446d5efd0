// acgme.day-off-in-seven: at least one day in seven free of work, AVERAGED over rolling 28-day
// windows (4 free days per window by default) — never a strict "no 7 in a row" streak, which is
// the optional program.consecutive-work-days rule. A free day is a continuous 24 h free period, not
// a calendar date: the gaps between duty (at-home call included) earn them (PersonTimeline.freeDays),
// so a Saturday night off in a week of night float counts, and a post-call day counts only when it
// leaves 24 h before the next duty.
import type { Finding } from '../../../../shared/domain';
import type { PersonRule } from './rule';
import { pick, runsOf, windowSums } from './internal/windows';
import { busySpan, findingKey, iso, listOr, nameOf, plural, rangeText, workCells, workedDaysText } from './internal/wording';

const ID = 'acgme.day-off-in-seven' as const;

export const dayOffInSevenRule: PersonRule = {
  id: ID,
  scope: 'person',
  check(s, t) {
    const { freeDaysPerWindow, windowDays } = s.params.dayOffInSeven;
    if (!t.isResident || freeDaysPerWindow === 0) return [];
    if (!t.busy.includes(1)) return [];
    const sums = windowSums(t.freeDays, s.days, windowDays);
    const width = Math.min(windowDays, s.days);
    const out: Finding[] = [];
    for (const [a, b] of runsOf(sums.length, (i) => sums[i]! < freeDaysPerWindow)) {
      const w = pick(a, b, sums, (x, y) => x < y);
      const worst = sums[w]!;
      const window = rangeText(s, w, w + width - 1);
      // The finding spans the duty inside the run's windows, and marks cells across all of it.
      const [first, last] = busySpan(s, t, a, b + width - 1) ?? [a, b + width - 1];
      const missing = freeDaysPerWindow - worst;
      out.push({
        key: findingKey(ID, t.personId, s, a),
        ruleId: ID,
        severity: 'error',
        personId: t.personId,
        startDate: iso(s, first),
        endDate: iso(s, last),
        measured: worst,
        limit: freeDaysPerWindow,
        unit: 'days',
        explanation: `${nameOf(t)} has ${plural(worst, 'free day')} in ${window} (needs ${freeDaysPerWindow} in every ${windowDays} days).`,
        suggestion: `Free ${plural(missing, 'more day')} in ${window} — each 24 h in a row with no work, no in-house call and no at-home call — e.g. ${listOr(workedDaysText(s, t, w, w + width - 1, 3))}.`,
        cells: workCells(s, t, first, last),
      });
    }
    return out;
  },
};

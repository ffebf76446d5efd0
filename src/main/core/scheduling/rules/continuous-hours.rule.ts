// acgme.continuous-hours: a duty period (sessions joined across gaps shorter than the rest between
// shifts) lasts at most 24 h, plus up to 4 h for transitions of care. Past limit + transition is an
// error; between the two, a warning naming the transition allowance. That band is this rule's
// "near the limit" warning: a period at exactly 24 h is the standard ACGME call and is not flagged
// (a 5 % band below 24 h would flag every 24 h call and drown the warnings that matter). Ordinary
// days separated by a night off are separate periods and never add up.
import type { Finding } from '../../../../shared/domain';
import type { PersonRule } from './rule';
import { findingKey, iso, lastDayOf, MAX_CELLS, minuteStamp, minuteText, nameOf, round1, sessionCell } from './internal/wording';

const ID = 'acgme.continuous-hours' as const;

export const continuousHoursRule: PersonRule = {
  id: ID,
  scope: 'person',
  check(s, t) {
    if (!t.isResident) return [];
    const { limitHours, transitionHours } = s.params.continuousHours;
    const limit = limitHours * 60;
    const allowed = (limitHours + transitionHours) * 60;
    const out: Finding[] = [];
    for (const p of t.periods) {
      const length = p.end - p.start;
      if (length <= limit) continue;
      const error = length > allowed;
      const span = `from ${minuteText(s, p.start)} to ${minuteText(s, p.end)}`;
      const cells = [];
      for (const x of t.sessions) {
        if (x.start >= p.end) break;
        if (x.end > p.start && cells.length < MAX_CELLS) cells.push(sessionCell(s, t.personId, x));
      }
      const startDay = Math.floor(p.start / 1440);
      out.push({
        key: `${findingKey(ID, t.personId, s, startDay)}|${minuteStamp(s, p.start)}`,
        ruleId: ID,
        severity: error ? 'error' : 'warning',
        personId: t.personId,
        startDate: iso(s, startDay),
        endDate: iso(s, Math.min(lastDayOf(p.end), s.days - 1)),
        measured: round1(length / 60),
        limit: limitHours,
        unit: 'hours',
        explanation: error
          ? `${nameOf(t)} is on duty ${(length / 60).toFixed(1)} h in a row ${span} (limit ${limitHours} h + ${transitionHours} h for transitions).`
          : `${nameOf(t)} is on duty ${(length / 60).toFixed(1)} h in a row ${span}: over ${limitHours} h but within the ${transitionHours} h transition allowance (handover and education only, no new patients).`,
        suggestion: error
          ? `End the duty by ${minuteText(s, p.start + allowed)}: remove or shorten the last session, or move the call.`
          : `Make sure the time after ${minuteText(s, p.start + limit)} is handover only, or end the duty by then.`,
        cells,
      });
    }
    return out;
  },
};

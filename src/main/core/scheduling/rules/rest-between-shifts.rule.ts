// acgme.rest-between-shifts: residents SHOULD have 8 h off between work periods — a warning, never
// an error. A gap between the AM and PM half-days of one date is a break inside the day's work,
// not rest between shifts; a gap after 24 h of duty is left to acgme.rest-after-24h.
import type { Finding } from '../../../../shared/domain';
import type { PersonRule } from './rule';
import { KIND_SLOT, type Session } from '../engine/expand-person';
import { findingKey, iso, lastDayOf, minuteStamp, minuteText, nameOf, round1, sessionCell, sessionText } from './internal/wording';

const isDaySlot = (x: Session) => x.kind === KIND_SLOT && x.slot < 2;

const ID = 'acgme.rest-between-shifts' as const;

export const restBetweenShiftsRule: PersonRule = {
  id: ID,
  scope: 'person',
  check(s, t) {
    if (!t.isResident) return [];
    const minRestHours = s.params.restBetweenShifts.minRestHours;
    const minRest = minRestHours * 60;
    const longDuty = s.disabled.has('acgme.rest-after-24h') ? Infinity : s.params.restAfter24h.triggerHours * 60;
    const st = t.stretches;
    const out: Finding[] = [];
    for (let i = 0; i + 1 < st.length; i++) {
      const cur = st[i]!;
      const next = st[i + 1]!;
      const rest = next.start - cur.end;
      if (rest >= minRest || cur.end - cur.start >= longDuty) continue;
      if (isDaySlot(cur.last) && isDaySlot(next.first) && cur.last.day === next.first.day) continue;
      const startDay = cur.last.day;
      out.push({
        key: `${findingKey(ID, t.personId, s, startDay)}|${minuteStamp(s, cur.end)}`,
        ruleId: ID,
        severity: 'warning',
        personId: t.personId,
        startDate: iso(s, Math.max(0, startDay)),
        endDate: iso(s, Math.min(lastDayOf(next.end), s.days - 1)),
        measured: round1(rest / 60),
        limit: minRestHours,
        unit: 'hours',
        explanation: `${nameOf(t)} has ${(rest / 60).toFixed(1)} h off between work ending ${minuteText(s, cur.end)} and work starting ${minuteText(s, next.start)} (should be ${minRestHours} h).`,
        suggestion: `Start ${sessionText(s, next.first)} no earlier than ${minuteText(s, cur.end + minRest)}, or give it to someone else.`,
        cells: [sessionCell(s, t.personId, cur.last), sessionCell(s, t.personId, next.first)],
      });
    }
    return out;
  },
};

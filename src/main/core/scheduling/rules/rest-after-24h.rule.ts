// acgme.rest-after-24h: at least 14 h free after 24 h of in-house duty. Measured after every
// unbroken stretch of work that long and after every duty period that long, to the next work —
// so "24 h call, 4 h off, new shift" is caught even though the short gap joins both into one
// duty period.
import type { Finding } from '../../../../shared/domain';
import type { PersonRule } from './rule';
import { findingKey, iso, lastDayOf, minuteText, nameOf, round1, sessionCell, sessionText } from './internal/wording';

const ID = 'acgme.rest-after-24h' as const;

export const restAfter24hRule: PersonRule = {
  id: ID,
  scope: 'person',
  check(s, t) {
    if (!t.isResident) return [];
    const { triggerHours, minRestHours } = s.params.restAfter24h;
    const trigger = triggerHours * 60;
    const minRest = minRestHours * 60;
    // end of the long duty -> [start of that duty, start of the next work]
    const gaps = new Map<number, [number, number]>();
    const st = t.stretches;
    for (let i = 0; i + 1 < st.length; i++) {
      if (st[i]!.end - st[i]!.start >= trigger) gaps.set(st[i]!.end, [st[i]!.start, i + 1]);
    }
    for (const p of t.periods) {
      if (p.end - p.start >= trigger && p.lastStretch + 1 < st.length && !gaps.has(p.end)) gaps.set(p.end, [p.start, p.lastStretch + 1]);
    }
    const out: Finding[] = [];
    for (const [end, [start, next]] of [...gaps].sort((a, b) => a[0] - b[0])) {
      const nextStretch = st[next]!;
      const rest = nextStretch.start - end;
      if (rest >= minRest) continue;
      const startDay = Math.floor(start / 1440);
      out.push({
        key: findingKey(ID, t.personId, s, startDay),
        ruleId: ID,
        severity: 'error',
        personId: t.personId,
        startDate: iso(s, startDay),
        endDate: iso(s, Math.min(lastDayOf(nextStretch.end), s.days - 1)),
        measured: round1(rest / 60),
        limit: minRestHours,
        unit: 'hours',
        explanation: `${nameOf(t)} has only ${(rest / 60).toFixed(1)} h off after ${((end - start) / 60).toFixed(1)} h of duty ending ${minuteText(s, end)} (needs ${minRestHours} h).`,
        suggestion: `Start the next work no earlier than ${minuteText(s, end + minRest)}: move or remove ${sessionText(s, nextStretch.first)}.`,
        cells: [sessionCell(s, t.personId, st.find((x) => x.end === end)?.last ?? nextStretch.first), sessionCell(s, t.personId, nextStretch.first)],
      });
    }
    return out;
  },
};

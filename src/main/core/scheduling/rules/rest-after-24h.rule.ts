// acgme.rest-after-24h: at least 14 h free after 24 h of in-house duty. Measured after every
// unbroken stretch of work that long and after every duty period that long, to the next work —
// so "24 h call, 4 h off, new shift" is caught even though the short gap joins both into one
// duty period. Rest under the minimum is an error; rest within the warning margin above it (under
// 14.7 h by default) a warning.
import type { Finding } from '../../../../shared/domain';
import type { PersonRule } from './rule';
import { findingKey, iso, lastDayOf, minuteStamp, minuteText, nameOf, round1, sessionCell, sessionText } from './internal/wording';

const ID = 'acgme.rest-after-24h' as const;

export const restAfter24hRule: PersonRule = {
  id: ID,
  scope: 'person',
  check(s, t) {
    if (!t.isResident) return [];
    const { triggerHours, minRestHours } = s.params.restAfter24h;
    const trigger = triggerHours * 60;
    const minRest = minRestHours * 60;
    const margin = s.params.warningMarginPercent;
    const warnBelow = minRest * (1 + margin / 100);
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
      if (rest >= warnBelow) continue;
      const error = rest < minRest;
      const startDay = Math.floor(start / 1440);
      out.push({
        key: `${findingKey(ID, t.personId, s, startDay)}|${minuteStamp(s, end)}`,
        ruleId: ID,
        severity: error ? 'error' : 'warning',
        personId: t.personId,
        startDate: iso(s, startDay),
        endDate: iso(s, Math.min(lastDayOf(nextStretch.end), s.days - 1)),
        measured: round1(rest / 60),
        limit: minRestHours,
        unit: 'hours',
        explanation: error
          ? `${nameOf(t)} has only ${(rest / 60).toFixed(1)} h off after ${((end - start) / 60).toFixed(1)} h of duty ending ${minuteText(s, end)} (needs ${minRestHours} h).`
          : `${nameOf(t)} has ${(rest / 60).toFixed(1)} h off after ${((end - start) / 60).toFixed(1)} h of duty ending ${minuteText(s, end)}: within ${margin} % of the ${minRestHours} h minimum.`,
        suggestion: error
          ? `Start the next work no earlier than ${minuteText(s, end + minRest)}: move or remove ${sessionText(s, nextStretch.first)}.`
          : `Add no work before ${minuteText(s, nextStretch.start)}; starting ${sessionText(s, nextStretch.first)} at ${minuteText(s, end + Math.ceil(warnBelow))} or later leaves a margin.`,
        cells: [sessionCell(s, t.personId, st.find((x) => x.end === end)?.last ?? nextStretch.first), sessionCell(s, t.personId, nextStretch.first)],
      });
    }
    return out;
  },
};

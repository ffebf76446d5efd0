// program.absence-conflict: no explicit work during an approved blocking absence — a call of any
// kind, an override that adds work, extra duty, or template work of a rotation that is not
// leave-eligible (leave-eligible template work is dropped by the absence and is no conflict).
// One finding per absence, listing the first conflicting days by rotation code (names run to 120
// characters).
import type { Finding, FindingCell } from '../../../../shared/domain';
import { SLOT_NAMES, SLOTS_PER_DAY } from '../engine/compile';
import { SRC_OVERRIDE, SRC_TEMPLATE } from '../engine/expand-person';
import { dayNumber } from '../engine/internal/days';
import type { PersonRule } from './rule';
import { dayText, findingKey, iso, MAX_CELLS, nameOf, plural, rangeText } from './internal/wording';

const ID = 'program.absence-conflict' as const;

export const absenceConflictRule: PersonRule = {
  id: ID,
  scope: 'person',
  check(s, t) {
    const { absences, calls, extra } = t.inputs;
    if (absences.length === 0) return [];
    const callOn = new Map<number, string>();
    for (const c of calls) callOn.set(dayNumber(c.date) - s.firstDay, `${c.kind} call`);
    const extraOn = new Set(extra.map((e) => dayNumber(e.date) - s.firstDay));
    // absence index -> conflicting days (with what) and cells
    const byAbsence = new Map<number, { days: [number, string][]; cells: FindingCell[] }>();
    for (let d = 0; d < s.days; d++) {
      const ai = t.absenceOfDay[d]!;
      if (ai < 0) continue;
      const what: string[] = [];
      const cells: FindingCell[] = [];
      for (let k = 0; k < SLOTS_PER_DAY; k++) {
        const i = d * SLOTS_PER_DAY + k;
        if (t.slotMinutes[i]! <= 0) continue;
        const src = t.slotSource[i];
        if (src !== SRC_OVERRIDE && src !== SRC_TEMPLATE) continue;
        what.push(src === SRC_OVERRIDE ? `${SLOT_NAMES[k]} work added by hand` : `${SLOT_NAMES[k]} on ${s.rotations[t.slotRotation[i]!]!.template.code}`);
        cells.push({ personId: t.personId, date: iso(s, d), slot: SLOT_NAMES[k]! });
      }
      const call = callOn.get(d);
      if (call !== undefined) {
        what.push(call);
        cells.push({ personId: t.personId, date: iso(s, d), slot: 'NIGHT' });
      }
      if (extraOn.has(d)) {
        what.push('extra duty');
        cells.push({ personId: t.personId, date: iso(s, d) });
      }
      if (what.length === 0) continue;
      let entry = byAbsence.get(ai);
      if (!entry) byAbsence.set(ai, (entry = { days: [], cells: [] }));
      entry.days.push([d, what.join(', ')]);
      entry.cells.push(...cells);
    }
    const out: Finding[] = [];
    for (const [ai, { days, cells }] of byAbsence) {
      const a = absences[ai]!;
      const first = days[0]![0];
      const last = days[days.length - 1]![0];
      const shown = days.slice(0, 3).map(([d, w]) => `${dayText(s, d)} (${w})`);
      const from = Math.max(0, dayNumber(a.startDate) - s.firstDay);
      const to = Math.min(s.days - 1, dayNumber(a.endDate) - s.firstDay);
      out.push({
        key: findingKey(ID, t.personId, s, first),
        ruleId: ID,
        severity: 'error',
        personId: t.personId,
        startDate: iso(s, first),
        endDate: iso(s, last),
        measured: days.length,
        limit: 0,
        unit: 'days',
        explanation: `${nameOf(t)} has approved ${a.type} leave ${rangeText(s, from, to)} but is scheduled to work on ${plural(days.length, 'day')}: ${shown.join('; ')}${days.length > 3 ? '; …' : ''}.`,
        suggestion: `Remove that work or find cover for it; if this ${a.type} leave does not stop work, mark the absence as not blocking.`,
        cells: cells.slice(0, MAX_CELLS),
      });
    }
    return out;
  },
};

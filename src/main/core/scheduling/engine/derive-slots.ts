// Owns what the day/week view shows: the derived slots of a date range for some or all people —
// template work with its activity label, overrides (with their reason), calls, extra duty, and
// leave where it removed or replaces work. Built from the same expansion the rules check, so the
// grid and the findings can never disagree.
import type { GridSlot, IsoDate, ScheduleDocument } from '../../../../shared/domain';
import { compileSchedule, SLOT_NAMES, SLOTS_PER_DAY, type CompiledSchedule } from './compile';
import { expandPerson, SRC_ABSENCE, SRC_OVERRIDE, SRC_TEMPLATE, type PersonTimeline } from './expand-person';
import { clockMinutes, dayNumber, isoOfDay, weekdayOf } from './internal/days';
import { emptyInputs, groupByPerson } from './internal/person-inputs';

export interface SlotRange {
  from: IsoDate;
  to: IsoDate;
  personIds?: readonly string[];
}

const hoursOf = (minutes: number) => minutes / 60;

/** Which slot a session starting at `minute` (after midnight) is shown in. */
function slotAt(s: CompiledSchedule, minute: number): 0 | 1 | 2 {
  if (minute >= s.slotStart[2] || minute < s.slotStart[0]) return 2;
  return minute >= s.slotStart[1] ? 1 : 0;
}

function slotsOfDay(s: CompiledSchedule, t: PersonTimeline, d: number, out: GridSlot[]): void {
  const date = isoOfDay(s.firstDay + d);
  const weekday = weekdayOf(s.firstDay + d);
  const absence = t.absenceOfDay[d]! >= 0 ? t.inputs.absences[t.absenceOfDay[d]!] : undefined;
  for (let k = 0; k < SLOTS_PER_DAY; k++) {
    const i = d * SLOTS_PER_DAY + k;
    const rot = t.slotRotation[i]!;
    const r = rot >= 0 ? s.rotations[rot] : undefined;
    const label = r?.labels[weekday * SLOTS_PER_DAY + k] ?? null;
    const base = { personId: t.personId, date, slot: SLOT_NAMES[k]! };
    const src = t.slotSource[i];
    if (src === SRC_TEMPLATE) {
      out.push({ ...base, rotationId: r!.template.id, activity: label ?? r!.template.code, hours: hoursOf(t.slotMinutes[i]!), source: 'template' });
    } else if (src === SRC_OVERRIDE) {
      const o = t.inputs.overrides[t.slotOverride[i]!]!;
      const work = o.activity === 'work';
      out.push({
        ...base,
        rotationId: work && r ? r.template.id : null,
        activity: work ? (label ?? r?.template.code ?? 'work') : 'off',
        hours: hoursOf(t.slotMinutes[i]!),
        source: 'override',
        overrideReason: o.reason,
      });
    } else if (absence && (src === SRC_ABSENCE || k < 2)) {
      // Leave shows on every day half-day it covers, and on a night it took off the rota.
      out.push({ ...base, rotationId: r ? r.template.id : null, activity: `absence:${absence.type}`, hours: 0, source: 'absence' });
    }
  }
}

export function deriveSlots(doc: ScheduleDocument, range: SlotRange): GridSlot[] {
  const s = compileSchedule(doc);
  const from = Math.max(0, dayNumber(range.from) - s.firstDay);
  const to = Math.min(s.days - 1, dayNumber(range.to) - s.firstDay);
  const ids = range.personIds ? range.personIds.filter((id) => s.personIndex.has(id)) : s.people.map((p) => p.id);
  const inputs = groupByPerson(doc, new Set(ids));
  const out: GridSlot[] = [];
  for (const id of ids) {
    const t = expandPerson(s, id, inputs.get(id) ?? emptyInputs());
    for (let d = from; d <= to; d++) slotsOfDay(s, t, d, out);
    for (const c of t.inputs.calls) {
      const d = dayNumber(c.date) - s.firstDay;
      if (d < from || d > to) continue;
      const start = c.startTime !== undefined ? clockMinutes(c.startTime) : s.callStart;
      const hours = c.kind === 'in-house' ? (c.hours ?? s.params.clock.callHours) : 0;
      out.push({ personId: id, date: c.date, slot: SLOT_NAMES[slotAt(s, start)], rotationId: null, activity: `call:${c.kind}`, hours, source: 'call' });
    }
    for (const e of t.inputs.extra) {
      const d = dayNumber(e.date) - s.firstDay;
      if (d < from || d > to) continue;
      out.push({ personId: id, date: e.date, slot: SLOT_NAMES[slotAt(s, clockMinutes(e.startTime))], rotationId: null, activity: `extra:${e.kind}`, hours: e.hours, source: 'extra' });
    }
  }
  const order = { AM: 0, PM: 1, NIGHT: 2 } as const;
  return out.sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || order[a.slot] - order[b.slot]);
}

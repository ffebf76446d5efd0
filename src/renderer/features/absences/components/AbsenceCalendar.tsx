// Owns the month calendar: one row per person on the roster (more when their absences overlap),
// one column per day, each absence a button across the days it covers. Type and status are in the
// text and the pattern, not only the colour.
import type { Absence, RosterEntry } from '../../../../shared/domain';
import { datesOfMonth, formatDateRange, formatMonth, formatWeekday } from '../../../lib/iso-dates';
import { lanesFor, statusLabel, typeLabel, typeMark } from '../store/calendar';

export interface AbsenceCalendarProps {
  month: string;
  people: readonly RosterEntry[];
  absences: readonly Absence[];
  onOpen: (absence: Absence) => void;
}

export function AbsenceCalendar({ month, people, absences, onOpen }: AbsenceCalendarProps) {
  const days = datesOfMonth(month);
  const first = days[0]!;
  const last = days[days.length - 1]!;

  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={`Absences in ${formatMonth(month)}`}>
      <table className="absence-calendar" data-testid="absence-calendar">
        <caption className="visually-hidden">Absences in {formatMonth(month)}, by person</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            {days.map((d) => {
              const weekday = formatWeekday(d);
              return (
                <th key={d} scope="col" className={isWeekend(d) ? 'weekend' : undefined}>
                  <abbr title={`${weekday} ${Number(d.slice(8))}`}>{Number(d.slice(8))}</abbr>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {people.map((person) => {
            const lanes = lanesFor(
              absences.filter((a) => a.personId === person.personId),
              month,
            );
            const rows = lanes.length === 0 ? [[]] : lanes;
            return rows.map((lane, i) => (
              <tr key={`${person.personId}-${i}`} data-testid="absence-row">
                {i === 0 ? (
                  <th scope="row" rowSpan={rows.length}>
                    {person.name}
                    {person.pgy !== null ? <span className="cell-note">PGY-{person.pgy}</span> : null}
                  </th>
                ) : null}
                {cells(lane, days, first, last, onOpen)}
              </tr>
            ));
          })}
        </tbody>
      </table>
    </div>
  );
}

function isWeekend(iso: string): boolean {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

function cells(lane: readonly Absence[], days: readonly string[], first: string, last: string, onOpen: (a: Absence) => void) {
  const out = [];
  let i = 0;
  while (i < days.length) {
    const d = days[i]!;
    const a = lane.find((x) => (x.startDate < first ? first : x.startDate) === d);
    if (!a) {
      out.push(<td key={d} className={isWeekend(d) ? 'weekend' : undefined} />);
      i++;
      continue;
    }
    const end = a.endDate > last ? last : a.endDate;
    const span = days.indexOf(end) - i + 1;
    out.push(
      <td key={d} colSpan={span} className="absence-cell">
        <button
          type="button"
          className={`absence-chip absence-${a.type} absence-status-${a.status}`}
          onClick={() => onOpen(a)}
          data-testid="absence-chip"
        >
          <span aria-hidden="true">
            {typeMark[a.type]}
            {a.status === 'requested' ? ' ?' : a.status === 'denied' ? ' ✕' : ''}
          </span>
          <span className="visually-hidden">
            {typeLabel[a.type]}, {statusLabel[a.status].toLowerCase()}, {formatDateRange(a.startDate, a.endDate)}
          </span>
        </button>
      </td>,
    );
    i += span;
  }
  return out;
}

// Owns the day/week view of the open year: for one week (or one day) the AM, PM and night slots of
// every person as main derives them (templates, overrides, calls, absences), the call roster of
// those days, the extra duty (moonlighting, clinical work from home) of those days, and the hand
// edits made here — an override of a slot (always with a reason), who takes each call, and adding or
// removing extra duty — all undoable from the toolbar like the grid's.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { IpcError } from '../../../../shared/contract';
import { CallKind, type DaySlot, type GridSlot, type ScheduleDocument } from '../../../../shared/domain';
import { Button, ErrorMessage, StatusMessage } from '../../../ui';
import { addDays, datesFrom, localToday, mondayOf, shortDay } from '../store/dates';
import { EXTRA_DUTY_WORDS, type ExtraDutyEdit } from '../store/commands';
import { dateLocked, personLabel } from '../store/grid-model';
import { groupSlots, hasOverride, slotKey, slotWord } from '../store/slots';
import { useScheduleStore } from '../store/schedule.store';
import { ExtraDutyDialog } from './ExtraDutyDialog';
import { SlotDialog } from './SlotDialog';

export interface WeekViewProps {
  document: ScheduleDocument;
  lockedThrough: string | null;
  canEdit: boolean;
}

const SLOTS: readonly DaySlot[] = ['AM', 'PM', 'NIGHT'];
const KIND_ORDER = { resident: 0, faculty: 1, other: 2 } as const;

function firstDay(document: ScheduleDocument): string {
  const today = localToday();
  const { startDate, endDate } = document.academicYear;
  return today >= startDate && today <= endDate ? today : startDate;
}

export function WeekView({ document, lockedThrough, canEdit }: WeekViewProps) {
  const loadSlots = useScheduleStore((s) => s.slots);
  const setOverride = useScheduleStore((s) => s.setOverride);
  const setCall = useScheduleStore((s) => s.setCall);
  const setExtraDuty = useScheduleStore((s) => s.setExtraDuty);
  const saving = useScheduleStore((s) => s.saving);
  const [mode, setMode] = useState<'week' | 'day'>('week');
  const [day, setDay] = useState(() => firstDay(document));
  const [slots, setSlots] = useState<GridSlot[] | null>(null);
  const [loadError, setLoadError] = useState<IpcError | null>(null);
  const [editing, setEditing] = useState<{ personId: string; date: string; slot: DaySlot } | null>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [callProblem, setCallProblem] = useState<string | null>(null);
  const [addingExtra, setAddingExtra] = useState(false);
  const [extraError, setExtraError] = useState<string | null>(null);
  const [extraProblem, setExtraProblem] = useState<string | null>(null);

  const start = mode === 'week' ? mondayOf(day) : day;
  const dates = useMemo(() => datesFrom(start, mode === 'week' ? 7 : 1), [start, mode]);
  const to = dates[dates.length - 1] ?? start;

  const reload = useCallback(async () => {
    const answer = await loadSlots(start, to);
    if (answer.ok) {
      setSlots(answer.value);
      setLoadError(null);
    } else setLoadError(answer.error);
  }, [loadSlots, start, to]);

  // The slots are derived from the draft: every accepted edit — made here, or undone and redone
  // from the toolbar — gives a new document, and the week is read again.
  useEffect(() => {
    void reload();
  }, [reload, document]);

  const people = useMemo(
    () => [...document.people].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.pgy ?? 0) - (b.pgy ?? 0) || personLabel(a).localeCompare(personLabel(b))),
    [document.people],
  );
  const names = useMemo(() => new Map(document.people.map((p) => [p.id, personLabel(p)])), [document.people]);
  const codes = useMemo(() => new Map(document.rotations.map((r) => [r.id, r.code])), [document.rotations]);
  const grouped = useMemo(() => groupSlots(slots ?? []), [slots]);
  const residents = people.filter((p) => p.kind === 'resident');

  async function saveOverride(input: Parameters<typeof setOverride>[0]) {
    setDialogError(null);
    const problem = await setOverride(input);
    if (problem) {
      setDialogError(problem.message);
      return;
    }
    setEditing(null);
  }

  async function changeCall(date: string, kind: CallKind, personId: string) {
    setCallProblem(null);
    const problem = await setCall({ date, kind, personId: personId || null });
    if (problem) setCallProblem(problem.message);
  }

  async function saveExtraDuty(input: ExtraDutyEdit) {
    setExtraError(null);
    const problem = await setExtraDuty(input);
    if (problem) {
      setExtraError(problem.message);
      return;
    }
    setAddingExtra(false);
  }

  async function removeExtraDuty(input: Omit<ExtraDutyEdit, 'duty'>) {
    setExtraProblem(null);
    const problem = await setExtraDuty({ ...input, duty: null });
    if (problem) setExtraProblem(problem.message);
  }

  const extraShown = document.extraDuty
    .filter((e) => e.date >= start && e.date <= to)
    .sort((a, b) => a.date.localeCompare(b.date) || (names.get(a.personId) ?? '').localeCompare(names.get(b.personId) ?? '') || a.kind.localeCompare(b.kind));
  const openDates = dates.filter((d) => !dateLocked(d, lockedThrough));

  const callOn = (date: string, kind: CallKind) => document.calls.find((c) => c.date === date && c.kind === kind)?.personId ?? '';
  const step = mode === 'week' ? 7 : 1;
  const title = mode === 'week' ? `Week of ${shortDay(start)}` : shortDay(start);

  return (
    <div className="week-view">
      <div className="week-toolbar no-print">
        <div className="segmented" role="group" aria-label="Show">
          <Button variant={mode === 'week' ? 'primary' : 'secondary'} aria-pressed={mode === 'week'} onClick={() => setMode('week')}>
            Week
          </Button>
          <Button variant={mode === 'day' ? 'primary' : 'secondary'} aria-pressed={mode === 'day'} onClick={() => setMode('day')}>
            Day
          </Button>
        </div>
        <Button onClick={() => setDay(addDays(start, -step))} aria-label={mode === 'week' ? 'Previous week' : 'Previous day'}>
          ←
        </Button>
        <h2 className="week-title" aria-live="polite">
          {title}
        </h2>
        <Button onClick={() => setDay(addDays(start, step))} aria-label={mode === 'week' ? 'Next week' : 'Next day'}>
          →
        </Button>
        <label className="week-goto">
          <span className="field-label">Go to</span>
          <input
            type="date"
            className="field-input"
            value={day}
            min={document.academicYear.startDate}
            max={document.academicYear.endDate}
            onChange={(e) => {
              if (/^\d{4}-\d{2}-\d{2}$/.test(e.target.value)) setDay(e.target.value);
            }}
          />
        </label>
      </div>

      <ErrorMessage error={loadError} />
      {!slots && !loadError ? <StatusMessage message="Loading the half-day slots…" className="status-busy" /> : null}

      {slots ? (
        <div className="table-scroll week-scroll">
          <table className="data-table week-table" data-testid="week-table">
            <caption className="visually-hidden">Half-day slots, {title}</caption>
            <thead>
              <tr>
                <th scope="col" rowSpan={2}>
                  Person
                </th>
                {dates.map((d) => (
                  <th scope="colgroup" colSpan={3} key={d} className={dateLocked(d, lockedThrough) ? 'week-day week-day-locked' : 'week-day'}>
                    {shortDay(d)}
                  </th>
                ))}
              </tr>
              <tr>
                {dates.flatMap((d) =>
                  SLOTS.map((s) => (
                    <th scope="col" key={`${d}${s}`} className="week-slot-head">
                      {s === 'NIGHT' ? 'Night' : s}
                    </th>
                  )),
                )}
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.id}>
                  <th scope="row" className="week-person">
                    {personLabel(p)}
                    {p.pgy ? <span className="cell-note">PGY-{p.pgy}</span> : p.kind === 'faculty' ? <span className="cell-note">Faculty</span> : null}
                  </th>
                  {dates.flatMap((d) =>
                    SLOTS.map((s) => {
                      const here = grouped.get(slotKey(p.id, d, s));
                      const words = here?.map((x) => slotWord(x, codes)).join(', ') ?? '';
                      const overridden = hasOverride(here);
                      const locked = dateLocked(d, lockedThrough);
                      return (
                        <td key={`${d}${s}`} className={overridden ? 'week-cell week-cell-override' : 'week-cell'}>
                          <button
                            type="button"
                            className="week-cell-button"
                            disabled={!canEdit || locked}
                            aria-label={`${personLabel(p)}, ${shortDay(d)} ${s}: ${words || 'nothing'}${overridden ? ', overridden' : ''}${locked ? ', locked' : ''}`}
                            onClick={() => {
                              setDialogError(null);
                              setEditing({ personId: p.id, date: d, slot: s });
                            }}
                          >
                            {words || <span className="muted">·</span>}
                            {overridden ? (
                              <span className="week-override-mark" aria-hidden="true">
                                ✎
                              </span>
                            ) : null}
                          </button>
                        </td>
                      );
                    }),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      <section className="calls" aria-labelledby="calls-title">
        <h3 id="calls-title">Calls</h3>
        {callProblem ? (
          <p role="alert" className="error-message">
            {callProblem}
          </p>
        ) : null}
        <div className="table-scroll">
          <table className="data-table calls-table" data-testid="calls-table">
            <thead>
              <tr>
                <th scope="col">Call</th>
                {dates.map((d) => (
                  <th scope="col" key={d}>
                    {shortDay(d)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {CallKind.options.map((kind) => (
                <tr key={kind}>
                  <th scope="row">{kind}</th>
                  {dates.map((d) => (
                    <td key={d}>
                      <select
                        className="field-input field-select call-select"
                        aria-label={`${kind} call on ${shortDay(d)}`}
                        value={callOn(d, kind)}
                        disabled={!canEdit || saving || dateLocked(d, lockedThrough)}
                        onChange={(e) => void changeCall(d, kind, e.target.value)}
                      >
                        <option value="">— nobody —</option>
                        {residents.map((r) => (
                          <option key={r.id} value={r.id}>
                            {names.get(r.id)}
                          </option>
                        ))}
                      </select>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="extra-duty" aria-labelledby="extra-duty-title">
        <h3 id="extra-duty-title">Moonlighting and clinical work from home</h3>
        {extraProblem ? (
          <p role="alert" className="error-message">
            {extraProblem}
          </p>
        ) : null}
        {canEdit ? (
          <Button
            disabled={saving || openDates.length === 0 || residents.length === 0}
            onClick={() => {
              setExtraError(null);
              setAddingExtra(true);
            }}
          >
            Add moonlighting / home clinical work
          </Button>
        ) : null}
        {extraShown.length ? (
          <div className="table-scroll">
            <table className="data-table extra-duty-table" data-testid="extra-duty-table">
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  <th scope="col">Person</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Starts</th>
                  <th scope="col">Hours</th>
                  {canEdit ? (
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {extraShown.map((e) => {
                  const who = names.get(e.personId) ?? e.personId;
                  return (
                    <tr key={`${e.personId}|${e.date}|${e.kind}|${e.startTime}`}>
                      <td>{shortDay(e.date)}</td>
                      <td>{who}</td>
                      <td>{EXTRA_DUTY_WORDS[e.kind]}</td>
                      <td>{e.startTime}</td>
                      <td>{e.hours} h</td>
                      {canEdit ? (
                        <td>
                          <Button
                            variant="secondary"
                            disabled={saving || dateLocked(e.date, lockedThrough)}
                            aria-label={`Remove ${EXTRA_DUTY_WORDS[e.kind].toLowerCase()} of ${who} on ${shortDay(e.date)}`}
                            onClick={() => void removeExtraDuty({ personId: e.personId, date: e.date, kind: e.kind })}
                          >
                            Remove
                          </Button>
                        </td>
                      ) : null}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">None on these days.</p>
        )}
      </section>

      {addingExtra ? (
        <ExtraDutyDialog
          people={residents.map((r) => ({ id: r.id, label: names.get(r.id) ?? r.id }))}
          dates={openDates}
          busy={saving}
          error={extraError}
          onSave={(input) => void saveExtraDuty(input)}
          onCancel={() => setAddingExtra(false)}
        />
      ) : null}

      {editing ? (
        <SlotDialog
          personName={names.get(editing.personId) ?? editing.personId}
          personId={editing.personId}
          date={editing.date}
          slot={editing.slot}
          current={grouped.get(slotKey(editing.personId, editing.date, editing.slot)) ?? []}
          override={document.overrides.find((o) => o.personId === editing.personId && o.date === editing.date && o.slot === editing.slot) ?? null}
          rotations={document.rotations}
          codes={codes}
          busy={saving}
          error={dialogError}
          onSave={(input) => void saveOverride(input)}
          onCancel={() => setEditing(null)}
        />
      ) : null}
    </div>
  );
}

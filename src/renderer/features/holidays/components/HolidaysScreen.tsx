// Owns the Holidays screen of the current academic year: the program's holidays in date order,
// adding one (a date inside the year and a name) and removing one. Rotations that observe holidays
// schedule no template work on them, so every change re-validates the draft in main.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Holiday } from '../../../../shared/domain';
import { formatDate, formatWeekday } from '../../../lib/iso-dates';
import { Button, ErrorMessage, Field, PageTitle, StatusMessage } from '../../../ui';
import { checkHoliday, type HolidayProblems, withHoliday, withoutHoliday } from '../store/holiday-list';
import { type SaveProblem, useHolidaysStore } from '../store/holidays.store';

export interface HolidaysScreenProps {
  programId: string;
  yearId: string;
  yearLabel: string;
  /** The role may change the draft (program.write). */
  canWrite: boolean;
}

export function HolidaysScreen({ programId, yearId, yearLabel, canWrite }: HolidaysScreenProps) {
  const holidays = useHolidaysStore((s) => s.holidays);
  const year = useHolidaysStore((s) => s.year);
  const loading = useHolidaysStore((s) => s.loading);
  const error = useHolidaysStore((s) => s.error);
  const saving = useHolidaysStore((s) => s.saving);
  const load = useHolidaysStore((s) => s.load);
  const save = useHolidaysStore((s) => s.save);
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [problems, setProblems] = useState<HolidayProblems>({});
  const [saveProblem, setSaveProblem] = useState<SaveProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState('');
  const dateRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void load(programId, yearId);
  }, [load, programId, yearId]);

  async function change(next: Holiday[], done: string): Promise<boolean> {
    setNotice('');
    setSaveProblem(null);
    setAttempt((n) => n + 1);
    const problem = await save(programId, yearId, next);
    if (problem) {
      setSaveProblem(problem);
      return false;
    }
    setNotice(done);
    return true;
  }

  async function add(e: FormEvent) {
    e.preventDefault();
    if (!holidays || !year || saving) return;
    const checked = checkHoliday(holidays, { date, name }, year);
    if (!checked.ok) {
      setProblems(checked.problems);
      (checked.problems.date ? dateRef : nameRef).current?.focus();
      return;
    }
    setProblems({});
    if (await change(withHoliday(holidays, checked.holiday), `${checked.holiday.name} (${formatDate(checked.holiday.date)}) was added.`)) {
      setDate('');
      setName('');
      dateRef.current?.focus();
    }
  }

  async function remove(holiday: Holiday) {
    if (!holidays || saving) return;
    // The row and its button go away: focus moves to the list's heading rather than to nothing.
    if (await change(withoutHoliday(holidays, holiday.date), `${holiday.name} (${formatDate(holiday.date)}) was removed.`)) headingRef.current?.focus();
  }

  return (
    <div className="screen">
      <PageTitle>Holidays</PageTitle>
      <p className="lead">
        Program holidays in {yearLabel}. Rotations that observe holidays schedule no template work on them; the findings in the schedule follow.
      </p>
      <StatusMessage message={notice} className={notice ? 'status-success' : undefined} />
      <ErrorMessage key={`attempt-${attempt}`} error={saveProblem} />
      {error ? (
        <div className="panel">
          <ErrorMessage error={error} />
          <div className="actions">
            <Button onClick={() => void load(programId, yearId)}>Try again</Button>
          </div>
        </div>
      ) : null}
      <StatusMessage message={loading && !holidays ? 'Loading holidays…' : ''} className={loading && !holidays ? 'status-busy' : undefined} />

      {holidays ? (
        <section className="panel" aria-labelledby="holidays-list" aria-busy={saving}>
          <h2 id="holidays-list" ref={headingRef} tabIndex={-1}>
            {holidays.length === 1 ? '1 holiday' : `${holidays.length} holidays`}
          </h2>
          {holidays.length === 0 ? (
            <p className="empty-note" data-testid="holidays-empty">
              No holidays in {yearLabel} yet.{canWrite ? ' Add the days the program closes below.' : ''}
            </p>
          ) : (
            <div className="table-scroll">
              <table className="data-table" data-testid="holidays-table">
                <caption className="visually-hidden">Holidays in {yearLabel}, in date order</caption>
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Day</th>
                    <th scope="col">Holiday</th>
                    {canWrite ? (
                      <th scope="col">
                        <span className="visually-hidden">Actions</span>
                      </th>
                    ) : null}
                  </tr>
                </thead>
                <tbody>
                  {holidays.map((h) => (
                    <tr key={h.date} data-testid="holiday-row">
                      <td className="nowrap">
                        <time dateTime={h.date}>{formatDate(h.date)}</time>
                      </td>
                      <td>{formatWeekday(h.date)}</td>
                      <th scope="row">{h.name}</th>
                      {canWrite ? (
                        <td className="actions-cell">
                          <Button variant="secondary" className="btn-small" disabled={saving} onClick={() => void remove(h)}>
                            Remove<span className="visually-hidden"> {h.name}</span>
                          </Button>
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}

      {holidays && year && canWrite ? (
        <section className="panel" aria-labelledby="holidays-add">
          <h2 id="holidays-add">Add a holiday</h2>
          <form className="form" onSubmit={(e) => void add(e)} noValidate aria-busy={saving} data-testid="add-holiday-form">
            <div className="field-row">
              <Field
                ref={dateRef}
                label="Date"
                type="date"
                min={year.startDate}
                max={year.endDate}
                value={date}
                readOnly={saving}
                error={problems.date}
                onChange={(e) => setDate(e.target.value)}
              />
              <Field ref={nameRef} label="Name" autoComplete="off" maxLength={80} value={name} readOnly={saving} error={problems.name} onChange={(e) => setName(e.target.value)} />
            </div>
            <div className="actions">
              <Button type="submit" variant="primary" busy={saving} busyLabel="Saving…">
                Add holiday
              </Button>
            </div>
          </form>
        </section>
      ) : null}
    </div>
  );
}

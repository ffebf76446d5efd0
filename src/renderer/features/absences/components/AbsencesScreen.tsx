// Owns the Absences screen: a month of the current year at a time, absences by person, what waits
// for approval, and adding, changing, approving, denying or deleting (after confirmation) one.
import { useEffect, useRef, useState } from 'react';
import type { IpcError } from '../../../../shared/contract';
import type { Absence, AbsenceStatus } from '../../../../shared/domain';
import { addMonths, formatMonth, todayIso } from '../../../lib/iso-dates';
import { Button, ConfirmDialog, ErrorMessage, PageTitle, SelectField, StatusMessage } from '../../../ui';
import { useAbsencesStore } from '../store/absences.store';
import { initialMonth, monthsOf, statusLabel, typeLabel } from '../store/calendar';
import { AbsenceCalendar } from './AbsenceCalendar';
import { AbsenceDialog } from './AbsenceDialog';

export interface AbsencesScreenProps {
  programId: string;
  year: { id: string; label: string; startDate: string; endDate: string };
  canWrite: boolean;
}

type Pending = { kind: 'open'; absence: Absence | null } | { kind: 'delete'; absence: Absence } | null;

export function AbsencesScreen({ programId, year, canWrite }: AbsencesScreenProps) {
  const absences = useAbsencesStore((s) => s.absences);
  const roster = useAbsencesStore((s) => s.roster);
  const loading = useAbsencesStore((s) => s.loading);
  const loadError = useAbsencesStore((s) => s.error);
  const load = useAbsencesStore((s) => s.load);
  const remove = useAbsencesStore((s) => s.remove);
  const [month, setMonth] = useState(() => initialMonth(year, todayIso()));
  const [status, setStatus] = useState<'all' | AbsenceStatus>('all');
  const [pending, setPending] = useState<Pending>(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const [dialogError, setDialogError] = useState<IpcError | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const months = monthsOf(year);

  const { id: yearId, startDate, endDate } = year;
  useEffect(() => {
    setMonth(initialMonth({ startDate, endDate }, todayIso()));
    void load(programId, yearId);
  }, [load, programId, yearId, startDate, endDate]);

  const people = (roster ?? []).filter((e) => e.active).sort((a, b) => a.name.localeCompare(b.name));
  const shown = (absences ?? []).filter((a) => status === 'all' || a.status === status);
  const waiting = (absences ?? []).filter((a) => a.status === 'requested').length;
  const at = months.indexOf(month);

  async function confirmDelete(a: Absence) {
    setBusy(true);
    setDialogError(null);
    const failed = await remove(programId, year.id, a.id);
    setBusy(false);
    if (failed) {
      setDialogError(failed);
      return;
    }
    setPending(null);
    setNotice(`The ${typeLabel[a.type].toLowerCase()} absence was deleted.`);
  }

  return (
    <div className="screen screen-wide">
      <PageTitle>Absences</PageTitle>
      <p className="lead">Vacation, sick days, conferences and other leave in {year.label}.</p>
      <StatusMessage message={notice} className={notice ? 'status-success' : undefined} />
      <StatusMessage message={loading && !absences ? 'Loading absences…' : ''} />
      {loadError ? (
        <div className="panel">
          <ErrorMessage error={loadError} />
          <div className="actions">
            <Button onClick={() => void load(programId, year.id)}>Try again</Button>
          </div>
        </div>
      ) : null}

      {absences && roster ? (
        <section className="panel" aria-labelledby="absences-month">
          <div className="month-bar">
            <Button variant="secondary" className="btn-small" disabled={at <= 0} onClick={() => setMonth(addMonths(month, -1))}>
              <span aria-hidden="true">‹</span> Previous<span className="visually-hidden"> month</span>
            </Button>
            <h2 id="absences-month" ref={heading} tabIndex={-1} aria-live="polite">
              {formatMonth(month)}
            </h2>
            <Button variant="secondary" className="btn-small" disabled={at >= months.length - 1} onClick={() => setMonth(addMonths(month, 1))}>
              Next<span className="visually-hidden"> month</span> <span aria-hidden="true">›</span>
            </Button>
            <SelectField
              label="Show"
              value={status}
              options={[{ value: 'all', label: 'All absences' }, ...(['requested', 'approved', 'denied'] as const).map((s) => ({ value: s, label: statusLabel[s] }))]}
              onChange={(e) => setStatus(e.target.value as 'all' | AbsenceStatus)}
            />
          </div>
          <p className="muted" data-testid="absences-waiting">
            {waiting === 0 ? 'No requests wait for approval.' : waiting === 1 ? '1 request waits for approval.' : `${waiting} requests wait for approval.`}
          </p>
          {people.length === 0 ? (
            <div className="empty-note" data-testid="absences-no-roster">
              <p>
                <strong>Nobody is on the {year.label} roster yet.</strong>
              </p>
              <p className="muted">Add residents and faculty to the year on the People screen first.</p>
            </div>
          ) : (
            <>
              <AbsenceCalendar month={month} people={people} absences={shown} onOpen={(a) => setPending({ kind: 'open', absence: a })} />
              <p className="legend muted">
                VAC vacation · SICK sick · CONF conference · PAR parental · BRV bereavement · EDU education · OTH other. “?” requested, “✕”
                denied.
              </p>
            </>
          )}
          {canWrite && people.length > 0 ? (
            <div className="actions">
              <Button
                variant="primary"
                onClick={() => {
                  setNotice('');
                  setPending({ kind: 'open', absence: null });
                }}
              >
                Add absence
              </Button>
            </div>
          ) : null}
        </section>
      ) : null}

      {pending?.kind === 'open' ? (
        <AbsenceDialog
          programId={programId}
          yearId={year.id}
          people={people}
          absence={pending.absence}
          defaultDate={month === todayIso().slice(0, 7) ? todayIso() : `${month}-01` < year.startDate ? year.startDate : `${month}-01`}
          canWrite={canWrite}
          onDone={(message) => {
            setPending(null);
            setNotice(message);
          }}
          onDelete={(a) => {
            setDialogError(null);
            setPending({ kind: 'delete', absence: a });
          }}
          onCancel={() => setPending(null)}
        />
      ) : null}
      {pending?.kind === 'delete' ? (
        <ConfirmDialog
          title="Delete this absence?"
          confirmLabel="Delete"
          busyLabel="Deleting…"
          tone="danger"
          busy={busy}
          error={dialogError?.message}
          onConfirm={() => void confirmDelete(pending.absence)}
          onCancel={() => setPending(null)}
          fallbackFocus={() => heading.current}
        >
          <p>The absence and its reason are deleted. Published schedule versions keep what they showed.</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

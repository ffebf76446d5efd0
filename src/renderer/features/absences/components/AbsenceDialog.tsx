// Owns one absence: creating it, or opening an existing one — only then is its reason fetched
// (schedule.absences.reason) — to change it, approve or deny it, or ask to delete it. A reason is
// personal data read only by those who may change absences: the read-only view (faculty,
// auditors) never asks for it and says only that there is one.
import { useEffect, useId, useRef, useState } from 'react';
import type { IpcError } from '../../../../shared/contract';
import { ABSENCE_BLOCKS_BY_DEFAULT, type Absence, AbsenceStatus, AbsenceType, IsoDate, type RosterEntry } from '../../../../shared/domain';
import { Button, CheckboxField, Dialog, Field, SelectField } from '../../../ui';
import { type AbsenceInput, useAbsencesStore } from '../store/absences.store';
import { statusLabel, typeLabel } from '../store/calendar';

export interface AbsenceDialogProps {
  programId: string;
  yearId: string;
  people: readonly RosterEntry[];
  absence: Absence | null;
  /** For a new absence: the day it starts on. */
  defaultDate: string;
  canWrite: boolean;
  onDone: (message: string) => void;
  onDelete: (absence: Absence) => void;
  onCancel: () => void;
}

type ReasonState = { state: 'none' } | { state: 'loading' } | { state: 'loaded' } | { state: 'failed'; error: IpcError };

export function AbsenceDialog({ programId, yearId, people, absence, defaultDate, canWrite, onDone, onDelete, onCancel }: AbsenceDialogProps) {
  const save = useAbsencesStore((s) => s.save);
  const fetchReason = useAbsencesStore((s) => s.reason);
  const [personId, setPersonId] = useState(absence?.personId ?? people[0]?.personId ?? '');
  const [type, setType] = useState<AbsenceType>(absence?.type ?? 'vacation');
  const [startDate, setStartDate] = useState(absence?.startDate ?? defaultDate);
  const [endDate, setEndDate] = useState(absence?.endDate ?? defaultDate);
  const [status, setStatus] = useState<AbsenceStatus>(absence?.status ?? 'requested');
  const [blocking, setBlocking] = useState(absence?.blocking ?? ABSENCE_BLOCKS_BY_DEFAULT.vacation);
  const [blockingTouched, setBlockingTouched] = useState(absence !== null);
  const [reason, setReason] = useState('');
  const [reasonState, setReasonState] = useState<ReasonState>(absence?.hasReason && canWrite ? { state: 'loading' } : { state: 'none' });
  const [dateProblem, setDateProblem] = useState<string | undefined>();
  const [error, setError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState<false | 'save' | 'approved' | 'denied'>(false);
  const firstRef = useRef<HTMLSelectElement>(null);
  const startRef = useRef<HTMLInputElement>(null);
  const reasonId = useId();
  const readOnly = !!busy || !canWrite;
  const name = people.find((p) => p.personId === personId)?.name ?? 'Someone no longer on the roster';

  // One read per opening: main audits every read of a reason, so a re-run effect reuses it.
  const reasonRead = useRef<ReturnType<typeof fetchReason> | null>(null);
  useEffect(() => {
    if (!absence?.hasReason || !canWrite) return;
    let live = true;
    reasonRead.current ??= fetchReason(programId, yearId, absence.id);
    void reasonRead.current.then((answer) => {
      if (!live) return;
      if (answer.ok) {
        setReason(answer.value.reason ?? '');
        setReasonState({ state: 'loaded' });
      } else {
        setReasonState({ state: 'failed', error: answer.error });
      }
    });
    return () => {
      live = false;
    };
  }, [absence, canWrite, fetchReason, programId, yearId]);

  async function submit(nextStatus: AbsenceStatus, action: 'save' | 'approved' | 'denied') {
    if (busy || !canWrite) return;
    setError(null);
    if (!IsoDate.safeParse(startDate).success || !IsoDate.safeParse(endDate).success) {
      setDateProblem('Enter the first and the last day.');
      return startRef.current?.focus();
    }
    if (endDate < startDate) {
      setDateProblem('The absence ends before it starts.');
      return startRef.current?.focus();
    }
    setDateProblem(undefined);
    // A reason that could not be read is left out, so main keeps the stored one.
    const sendReason = reasonState.state === 'loaded' || (reasonState.state === 'none' && reason.trim() !== '');
    const input: AbsenceInput = { personId, startDate, endDate, type, status: nextStatus, blocking, ...(sendReason ? { reason } : {}) };
    setBusy(action);
    const answer = await save(programId, yearId, absence?.id ?? null, input);
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    const verb = action === 'approved' ? 'approved' : action === 'denied' ? 'denied' : absence ? 'saved' : 'added';
    onDone(`${typeLabel[type]} for ${name} was ${verb}.`);
  }

  const title = absence ? `${typeLabel[absence.type]} — ${name}` : 'Add an absence';

  return (
    <Dialog
      title={title}
      busy={!!busy}
      error={error?.message}
      onCancel={onCancel}
      onSubmit={() => void submit(status, 'save')}
      initialFocus={firstRef}
      testId="absence-dialog"
      actions={
        canWrite ? (
          <>
            {absence ? (
              <Button variant="danger" className="dialog-action-start" disabled={!!busy} onClick={() => onDelete(absence)}>
                Delete
              </Button>
            ) : null}
            {absence && absence.status !== 'denied' ? (
              <Button variant="secondary" busy={busy === 'denied'} busyLabel="Denying…" disabled={!!busy} onClick={() => void submit('denied', 'denied')}>
                Deny
              </Button>
            ) : null}
            {absence && absence.status !== 'approved' ? (
              <Button variant="secondary" busy={busy === 'approved'} busyLabel="Approving…" disabled={!!busy} onClick={() => void submit('approved', 'approved')}>
                Approve
              </Button>
            ) : null}
            <Button variant="secondary" onClick={onCancel} disabled={!!busy}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" busy={busy === 'save'} busyLabel="Saving…" disabled={!!busy}>
              {absence ? 'Save' : 'Add absence'}
            </Button>
          </>
        ) : (
          <Button variant="secondary" onClick={onCancel}>
            Close
          </Button>
        )
      }
    >
      <div className="field-row">
        <SelectField
          ref={firstRef}
          label="Person"
          value={personId}
          disabled={readOnly || absence !== null}
          options={people.map((p) => ({ value: p.personId, label: p.name }))}
          onChange={(e) => setPersonId(e.target.value)}
        />
        <SelectField
          label="Type"
          value={type}
          disabled={readOnly}
          options={AbsenceType.options.map((t) => ({ value: t, label: typeLabel[t] }))}
          onChange={(e) => {
            const next = AbsenceType.parse(e.target.value);
            setType(next);
            if (!blockingTouched) setBlocking(ABSENCE_BLOCKS_BY_DEFAULT[next]);
          }}
        />
      </div>
      <div className="field-row">
        <Field ref={startRef} label="First day" type="date" value={startDate} readOnly={readOnly} error={dateProblem} onChange={(e) => setStartDate(e.target.value)} />
        <Field label="Last day" type="date" value={endDate} readOnly={readOnly} onChange={(e) => setEndDate(e.target.value)} />
        <SelectField
          label="Status"
          value={status}
          disabled={readOnly}
          options={AbsenceStatus.options.map((s) => ({ value: s, label: statusLabel[s] }))}
          onChange={(e) => setStatus(AbsenceStatus.parse(e.target.value))}
        />
      </div>
      <CheckboxField
        label="Keeps them from working"
        description="When ticked, any work scheduled on these days is reported as a conflict once the absence is approved."
        checked={blocking}
        disabled={readOnly}
        onChange={(e) => {
          setBlocking(e.target.checked);
          setBlockingTouched(true);
        }}
      />
      {canWrite ? (
        <div className="field">
          <label htmlFor={reasonId} className="field-label">
            Reason
          </label>
          <textarea
            id={reasonId}
            className="field-input field-textarea"
            rows={3}
            maxLength={2000}
            value={reason}
            readOnly={readOnly || reasonState.state === 'loading' || reasonState.state === 'failed'}
            aria-describedby={`${reasonId}-hint`}
            onChange={(e) => setReason(e.target.value)}
          />
          <p id={`${reasonId}-hint`} className="field-hint" data-testid="reason-hint">
            {reasonState.state === 'loading'
              ? 'Loading the reason…'
              : reasonState.state === 'failed'
                ? `The reason could not be shown: ${reasonState.error.message} It is kept as it is.`
                : 'Personal: stored encrypted and shown only when an absence is opened.'}
          </p>
        </div>
      ) : absence?.hasReason ? (
        <p className="field-hint" data-testid="reason-hidden">
          Reason: visible to coordinators.
        </p>
      ) : null}
    </Dialog>
  );
}

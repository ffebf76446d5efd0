// Owns creating an academic year (schedule.years.create): label, start date, one of the two block
// layouts, and optionally rolling over from an earlier year (its rotations copied, residents one
// PGY up, those beyond the program's length marked graduated).
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { IpcError } from '../../../../shared/contract';
import { type AcademicYear, type BlockPreset, IsoDate, WEEKDAYS, type Weekday } from '../../../../shared/domain';
import { todayIso } from '../../../lib/iso-dates';
import { Button, ErrorMessage, Field, SelectField, StatusMessage } from '../../../ui';
import { useYearsStore } from '../store/years.store';
import { rolloverCandidate, suggestedLabel, suggestedStart } from '../store/year-defaults';

export interface CreateYearFormProps {
  programId: string;
  years: readonly AcademicYear[];
  onCreated: (year: AcademicYear) => void;
  onCancel?: () => void;
}

const WEEKDAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

interface Problems {
  label?: string;
  startDate?: string;
  orientationDays?: string;
  programLength?: string;
}

export function CreateYearForm({ programId, years, onCreated, onCancel }: CreateYearFormProps) {
  const create = useYearsStore((s) => s.create);
  const [startDate, setStartDate] = useState(() => suggestedStart(years, todayIso()));
  const [label, setLabel] = useState(() => suggestedLabel(startDate));
  const [labelEdited, setLabelEdited] = useState(false);
  const [layout, setLayout] = useState<BlockPreset['kind']>('thirteen-four-week');
  const [orientationDays, setOrientationDays] = useState('7');
  const [blockWeekday, setBlockWeekday] = useState<Weekday>('mon');
  const [rolloverFrom, setRolloverFrom] = useState(() => rolloverCandidate(years, startDate)?.id ?? '');
  const [programLength, setProgramLength] = useState('3');
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState<IpcError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const labelRef = useRef<HTMLInputElement>(null);
  const startRef = useRef<HTMLInputElement>(null);
  const orientationRef = useRef<HTMLInputElement>(null);
  const lengthRef = useRef<HTMLInputElement>(null);
  const layoutName = useId();

  useEffect(() => {
    startRef.current?.focus();
  }, []);

  function changeStart(value: string) {
    setStartDate(value);
    if (!labelEdited) setLabel(suggestedLabel(value));
  }

  async function submit() {
    if (busy) return;
    setError(null);
    setAttempt((n) => n + 1);
    const found: Problems = {};
    if (!IsoDate.safeParse(startDate).success) found.startDate = 'Enter the first day of the year.';
    if (label.trim() === '' || label.trim().length > 40) found.label = 'Enter a label of up to 40 characters, e.g. 2026–2027.';
    const days = Number(orientationDays);
    if (layout === 'orientation-then-28' && !(Number.isInteger(days) && days >= 1 && days <= 28)) {
      found.orientationDays = 'Enter a whole number of days from 1 to 28.';
    }
    const length = Number(programLength);
    if (rolloverFrom && !(Number.isInteger(length) && length >= 1 && length <= 10)) {
      found.programLength = 'Enter a whole number of years from 1 to 10.';
    }
    setProblems(found);
    if (found.startDate) return startRef.current?.focus();
    if (found.label) return labelRef.current?.focus();
    if (found.orientationDays) return orientationRef.current?.focus();
    if (found.programLength) return lengthRef.current?.focus();
    const preset: BlockPreset =
      layout === 'thirteen-four-week' ? { kind: 'thirteen-four-week' } : { kind: 'orientation-then-28', orientationDays: days, blockWeekday };
    setBusy(true);
    const answer = await create({
      programId,
      label: label.trim(),
      startDate,
      preset,
      ...(rolloverFrom ? { rolloverFrom, programLengthYears: length } : {}),
    });
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      if (answer.error.code === 'ERR_SCHEDULE_YEAR_OVERLAP') startRef.current?.focus();
      return;
    }
    onCreated(answer.value);
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void submit();
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy} data-testid="create-year-form">
      <div className="field-row">
        <Field
          ref={startRef}
          label="First day"
          type="date"
          value={startDate}
          readOnly={busy}
          error={problems.startDate}
          hint="Usually July 1. The year runs to the day before the same date next year."
          onChange={(e) => changeStart(e.target.value)}
        />
        <Field
          ref={labelRef}
          label="Label"
          autoComplete="off"
          value={label}
          readOnly={busy}
          error={problems.label}
          onChange={(e) => {
            setLabel(e.target.value);
            setLabelEdited(true);
          }}
        />
      </div>
      <fieldset className="fieldset">
        <legend className="field-label">Blocks</legend>
        <div className="radio-field">
          <input
            type="radio"
            id={`${layoutName}-13`}
            name={layoutName}
            checked={layout === 'thirteen-four-week'}
            disabled={busy}
            onChange={() => setLayout('thirteen-four-week')}
          />
          <label htmlFor={`${layoutName}-13`}>13 blocks of four weeks (the last block runs to the end of the year)</label>
        </div>
        <div className="radio-field">
          <input
            type="radio"
            id={`${layoutName}-orientation`}
            name={layoutName}
            checked={layout === 'orientation-then-28'}
            disabled={busy}
            onChange={() => setLayout('orientation-then-28')}
          />
          <label htmlFor={`${layoutName}-orientation`}>Orientation block 0, then 28-day blocks starting on a chosen weekday</label>
        </div>
        {layout === 'orientation-then-28' ? (
          <div className="field-row nested">
            <Field
              ref={orientationRef}
              label="Orientation days"
              type="number"
              min={1}
              max={28}
              inputMode="numeric"
              value={orientationDays}
              readOnly={busy}
              error={problems.orientationDays}
              onChange={(e) => setOrientationDays(e.target.value)}
            />
            <SelectField
              label="Blocks start on"
              value={blockWeekday}
              disabled={busy}
              options={WEEKDAYS.map((d) => ({ value: d, label: WEEKDAY_NAMES[d] }))}
              onChange={(e) => setBlockWeekday(e.target.value as Weekday)}
            />
          </div>
        ) : null}
      </fieldset>
      {years.length > 0 ? (
        <div className="field-row">
          <SelectField
            label="Roll over from"
            value={rolloverFrom}
            disabled={busy}
            hint="Copies that year’s rotations and moves each resident up one PGY."
            options={[{ value: '', label: 'Nothing — start empty' }, ...years.map((y) => ({ value: y.id, label: y.label }))]}
            onChange={(e) => setRolloverFrom(e.target.value)}
          />
          {rolloverFrom ? (
            <Field
              ref={lengthRef}
              label="Program length (years)"
              type="number"
              min={1}
              max={10}
              inputMode="numeric"
              value={programLength}
              readOnly={busy}
              error={problems.programLength}
              hint={`Residents who would go beyond PGY ${Number(programLength) || '…'} are marked graduated.`}
              onChange={(e) => setProgramLength(e.target.value)}
            />
          ) : null}
        </div>
      ) : null}
      <ErrorMessage key={`attempt-${attempt}`} error={error} />
      <StatusMessage message={busy ? 'Creating the academic year…' : ''} />
      <div className="actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel="Creating…">
          Create academic year
        </Button>
        {onCancel ? (
          <Button variant="secondary" disabled={busy} onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}

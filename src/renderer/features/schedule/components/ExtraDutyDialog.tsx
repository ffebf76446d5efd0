// Owns adding moonlighting or clinical work from home for one person on one day: ACGME counts both
// in the 80-hour week, so the week view records when it starts and how long it lasts. Saving the
// same person, day and kind again replaces what was there.
import { useRef, useState } from 'react';
import { Button, Dialog, Field, SelectField } from '../../../ui';
import { EXTRA_DUTY_WORDS, type ExtraDutyEdit } from '../store/commands';
import { shortDay } from '../store/dates';

export interface ExtraDutyDialogProps {
  people: readonly { id: string; label: string }[];
  dates: readonly string[];
  /** Preselected person and day (the first of each otherwise). */
  personId?: string | undefined;
  date?: string | undefined;
  busy: boolean;
  error: string | null;
  onSave: (input: ExtraDutyEdit) => void;
  onCancel: () => void;
}

const KINDS = Object.keys(EXTRA_DUTY_WORDS) as ExtraDutyEdit['kind'][];
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

export function ExtraDutyDialog({ people, dates, personId, date, busy, error, onSave, onCancel }: ExtraDutyDialogProps) {
  const [person, setPerson] = useState(personId ?? people[0]?.id ?? '');
  const [day, setDay] = useState(date ?? dates[0] ?? '');
  const [kind, setKind] = useState<ExtraDutyEdit['kind']>('moonlighting');
  const [startTime, setStartTime] = useState('18:00');
  const [hours, setHours] = useState('');
  const [problems, setProblems] = useState<{ startTime?: string; hours?: string }>({});
  const hoursRef = useRef<HTMLInputElement>(null);

  function save() {
    const next: typeof problems = {};
    if (!CLOCK.test(startTime)) next.startTime = 'Give the start time as HH:MM, e.g. 18:00.';
    const h = Number(hours);
    if (!hours.trim() || !Number.isFinite(h) || h < 0.5 || h > 24) next.hours = 'Hours must be between 0.5 and 24.';
    setProblems(next);
    if (next.startTime || next.hours) {
      if (next.hours) hoursRef.current?.focus();
      return;
    }
    onSave({ personId: person, date: day, kind, duty: { startTime, hours: h } });
  }

  return (
    <Dialog
      title="Add moonlighting or clinical work from home"
      busy={busy}
      error={error ?? undefined}
      onCancel={onCancel}
      onSubmit={save}
      testId="extra-duty-dialog"
      description={<p>Both count toward the 80-hour week.</p>}
      actions={
        <>
          <Button variant="secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" busy={busy} busyLabel="Saving…">
            Save
          </Button>
        </>
      }
    >
      <SelectField label="Person" options={people.map((p) => ({ value: p.id, label: p.label }))} value={person} onChange={(e) => setPerson(e.target.value)} />
      <SelectField label="Day" options={dates.map((d) => ({ value: d, label: shortDay(d) }))} value={day} onChange={(e) => setDay(e.target.value)} />
      <SelectField
        label="Kind"
        options={KINDS.map((k) => ({ value: k, label: EXTRA_DUTY_WORDS[k] }))}
        value={kind}
        onChange={(e) => setKind(KINDS.find((k) => k === e.target.value) ?? 'moonlighting')}
      />
      <Field label="Starts at" type="time" value={startTime} error={problems.startTime} onChange={(e) => setStartTime(e.target.value)} />
      <Field ref={hoursRef} label="Hours" required inputMode="decimal" value={hours} error={problems.hours} onChange={(e) => setHours(e.target.value)} />
    </Dialog>
  );
}

// Owns the rotation template editor: identity (code, name, colour), capacity per block, who may
// take it (PGY levels, credentials), its weekly pattern and hours, and how the rules treat it
// (call, night float, supervision, holidays, leave). Enter saves; problems are named per field.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { IpcError } from '../../../../shared/contract';
import type { RotationTemplate } from '../../../../shared/domain';
import { Button, CheckboxField, ErrorMessage, Field, StatusMessage } from '../../../ui';
import { type DraftProblems, draftFrom, emptyDraft, type RotationDraft, toInput } from '../store/rotation-draft';
import { useRotationsStore } from '../store/rotations.store';
import { PatternGrid } from './PatternGrid';

export interface RotationEditorProps {
  programId: string;
  yearId: string;
  rotation: RotationTemplate | null;
  onSaved: (rotation: RotationTemplate) => void;
  onCancel: () => void;
}

const PGY_LEVELS = [1, 2, 3, 4, 5, 6, 7];

export function RotationEditor({ programId, yearId, rotation, onSaved, onCancel }: RotationEditorProps) {
  const save = useRotationsStore((s) => s.save);
  const [draft, setDraft] = useState<RotationDraft>(() => (rotation ? draftFrom(rotation) : emptyDraft()));
  const [problems, setProblems] = useState<DraftProblems>({});
  const [error, setError] = useState<IpcError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    codeRef.current?.focus();
  }, []);

  const put = <K extends keyof RotationDraft>(key: K, value: RotationDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function submit() {
    if (busy) return;
    setError(null);
    setAttempt((n) => n + 1);
    const checked = toInput(draft);
    if (!checked.ok) {
      setProblems(checked.problems);
      // Focus the first field with a problem, in the order of the form.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setProblems({});
    setBusy(true);
    const result = await save(programId, yearId, rotation?.id ?? null, checked.value);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    onSaved(result.rotation);
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void submit();
  }

  return (
    <form
      ref={formRef}
      className="form"
      onSubmit={onSubmit}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !busy) onCancel();
      }}
      noValidate
      aria-busy={busy}
      data-testid="rotation-editor"
    >
      <div className="field-row">
        <Field
          ref={codeRef}
          label="Code"
          autoComplete="off"
          spellCheck={false}
          className="field-input-mono"
          maxLength={16}
          value={draft.code}
          readOnly={busy}
          error={problems.code}
          onChange={(e) => put('code', e.target.value)}
        />
        <Field label="Name" autoComplete="off" value={draft.name} readOnly={busy} error={problems.name} onChange={(e) => put('name', e.target.value)} />
        <Field
          label="Colour"
          type="color"
          className="field-input-colour"
          value={draft.colour}
          disabled={busy}
          error={problems.colour}
          onChange={(e) => put('colour', e.target.value)}
        />
      </div>
      <fieldset className="fieldset">
        <legend className="field-label">Residents per block</legend>
        <div className="field-row">
          <Field
            label="Minimum"
            type="number"
            min={0}
            max={500}
            inputMode="numeric"
            value={draft.capacityMin}
            readOnly={busy}
            error={problems.capacity}
            onChange={(e) => put('capacityMin', e.target.value)}
          />
          <Field
            label="Maximum"
            type="number"
            min={0}
            max={500}
            inputMode="numeric"
            value={draft.capacityMax}
            readOnly={busy}
            aria-invalid={problems.capacity ? true : undefined}
            onChange={(e) => put('capacityMax', e.target.value)}
          />
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend className="field-label">Open to</legend>
        <p className="field-hint">Tick the PGY levels that may take this rotation; none ticked means every level.</p>
        <div className="checkbox-row">
          {PGY_LEVELS.map((n) => (
            <CheckboxField
              key={n}
              label={`PGY-${n}`}
              checked={draft.pgyEligible.includes(n)}
              disabled={busy}
              onChange={(e) => put('pgyEligible', e.target.checked ? [...draft.pgyEligible, n] : draft.pgyEligible.filter((x) => x !== n))}
            />
          ))}
        </div>
        <Field
          label="Required credentials"
          hint="Separated by commas, e.g. ACLS, PALS; empty when none are needed."
          autoComplete="off"
          value={draft.credentials}
          readOnly={busy}
          error={problems.credentials}
          onChange={(e) => put('credentials', e.target.value)}
        />
      </fieldset>
      <PatternGrid pattern={draft.pattern} readOnly={busy} error={problems.pattern} onChange={(p) => put('pattern', p)} />
      <div className="field-row">
        <Field
          label="Hours per half-day"
          type="number"
          min={1}
          max={12}
          step={0.5}
          value={draft.hoursPerHalfDay}
          readOnly={busy}
          error={problems.hoursPerHalfDay}
          onChange={(e) => put('hoursPerHalfDay', e.target.value)}
        />
        <Field
          label="Hours per night"
          type="number"
          min={1}
          max={16}
          step={0.5}
          value={draft.hoursPerNight}
          readOnly={busy}
          error={problems.hoursPerNight}
          onChange={(e) => put('hoursPerNight', e.target.value)}
        />
      </div>
      <fieldset className="fieldset">
        <legend className="field-label">Rules</legend>
        <CheckboxField label="Takes call" description="Residents on it can be put on the call roster." checked={draft.callEligible} disabled={busy} onChange={(e) => put('callEligible', e.target.checked)} />
        <CheckboxField label="Night float" description="Counted against the limit of consecutive nights." checked={draft.nightFloat} disabled={busy} onChange={(e) => put('nightFloat', e.target.checked)} />
        <CheckboxField label="Supervised" description="The program’s faculty supervision ratio applies." checked={draft.supervised} disabled={busy} onChange={(e) => put('supervised', e.target.checked)} />
        <CheckboxField label="Observes holidays" description="No template work on program holidays." checked={draft.observesHolidays} disabled={busy} onChange={(e) => put('observesHolidays', e.target.checked)} />
        <CheckboxField label="Leave allowed" description="Residents may take vacation during this rotation." checked={draft.leaveEligible} disabled={busy} onChange={(e) => put('leaveEligible', e.target.checked)} />
      </fieldset>
      <ErrorMessage key={`attempt-${attempt}`} error={error ?? (Object.keys(problems).length > 0 ? { message: 'Some fields need attention: see the messages above.' } : null)} />
      <StatusMessage message={busy ? 'Saving the rotation…' : ''} />
      <div className="actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
          {rotation ? 'Save rotation' : 'Add rotation'}
        </Button>
        <Button variant="secondary" disabled={busy} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

// Owns the Rules screen: the program's duty-hour and coverage parameters, each with its ACGME (or
// program) default beside it and a way back to that default; which checks run; and saving the set.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { IpcError } from '../../../../shared/contract';
import type { RuleParameters } from '../../../../shared/domain';
import { Button, CheckboxField, ErrorMessage, Field, PageTitle, StatusMessage } from '../../../ui';
import { DEFAULTS, draftOf, parametersOf, RULE_GROUPS, RULE_NAMES, RULES, type RuleField, type RulesDraft, toText } from '../store/rule-fields';
import { useRulesStore } from '../store/rules.store';

export interface RulesScreenProps {
  programId: string;
  canWrite: boolean;
}

const defaultText = (f: RuleField) => {
  const v = f.get(DEFAULTS);
  return v === null ? 'off' : `${v}${f.unit ? ` ${f.unit}` : ''}`;
};

export function RulesScreen({ programId, canWrite }: RulesScreenProps) {
  const parameters = useRulesStore((s) => s.parameters);
  const loading = useRulesStore((s) => s.loading);
  const loadError = useRulesStore((s) => s.error);
  const load = useRulesStore((s) => s.load);

  useEffect(() => {
    void load(programId);
  }, [load, programId]);

  return (
    <div className="screen">
      <PageTitle>Rules</PageTitle>
      <p className="lead">The limits this program’s schedules are checked against. ACGME defaults are shown beside each value.</p>
      <StatusMessage message={loading && !parameters ? 'Loading the rules…' : ''} />
      {loadError ? (
        <div className="panel">
          <ErrorMessage error={loadError} />
          <div className="actions">
            <Button onClick={() => void load(programId)}>Try again</Button>
          </div>
        </div>
      ) : null}
      {parameters ? <RulesForm key={programId} programId={programId} parameters={parameters} canWrite={canWrite} /> : null}
    </div>
  );
}

function RulesForm({ programId, parameters, canWrite }: { programId: string; parameters: RuleParameters; canWrite: boolean }) {
  const save = useRulesStore((s) => s.save);
  const [draft, setDraft] = useState<RulesDraft>(() => draftOf(parameters));
  const [disabled, setDisabled] = useState<string[]>(parameters.disabledRules);
  const [bad, setBad] = useState<string[]>([]);
  const [error, setError] = useState<IpcError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const saved = draftOf(parameters);
  const changed = Object.keys(saved).some((k) => saved[k] !== draft[k]) || disabled.join() !== parameters.disabledRules.join();
  const readOnly = busy || !canWrite;

  const put = (id: string, value: string) => {
    setNotice('');
    setDraft((d) => ({ ...d, [id]: value }));
  };

  async function submit() {
    if (busy || !canWrite) return;
    setError(null);
    setNotice('');
    setAttempt((n) => n + 1);
    const checked = parametersOf(draft, disabled);
    if (!checked.ok) {
      setBad(checked.bad);
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setBad([]);
    setBusy(true);
    const failed = await save(programId, checked.value);
    setBusy(false);
    if (failed) {
      setError(failed);
      return;
    }
    setNotice('The rules were saved. Schedules are checked against them from now on.');
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void submit();
  }

  // ACGME sets the duty-hour limits; the clock, supervision and night-float values are the program's.
  const numberField = (f: RuleField, acgme: boolean) => {
    const value = draft[f.id] ?? '';
    const def = toText(f.get(DEFAULTS));
    return (
      <div key={f.id} className="rule-field">
        <Field
          label={f.unit ? `${f.label} (${f.unit})` : f.label}
          type={f.kind === 'time' ? 'time' : 'number'}
          step={f.kind === 'time' ? 60 : 'any'}
          inputMode={f.kind === 'time' ? undefined : 'decimal'}
          value={value}
          readOnly={readOnly}
          hint={`${acgme ? 'ACGME default' : 'Default'}: ${defaultText(f)}`}
          error={bad.includes(f.id) ? 'Not a valid value for this limit.' : undefined}
          onChange={(e) => put(f.id, e.target.value)}
        />
        {canWrite && value !== def ? (
          <Button variant="quiet" className="btn-small" disabled={busy} onClick={() => put(f.id, def)}>
            Reset<span className="visually-hidden"> {f.label} to the default</span>
          </Button>
        ) : null}
      </div>
    );
  };

  return (
    <form ref={formRef} className="form" onSubmit={onSubmit} noValidate aria-busy={busy} data-testid="rules-form">
      {RULE_GROUPS.map((g) => (
        <fieldset key={g.title} className="fieldset panel rule-group">
          <legend className="fieldset-legend">{g.title}</legend>
          <p className="field-hint">{g.hint}</p>
          <div className="rule-fields">{g.fields.map((f) => numberField(f, g.rule?.startsWith('acgme.') ?? false))}</div>
        </fieldset>
      ))}
      <fieldset className="fieldset panel rule-group">
        <legend className="fieldset-legend">Warnings</legend>
        <div className="rule-fields">
          <div className="rule-field">
            <Field
              label="Warn within (percent of a limit)"
              type="number"
              step="any"
              value={draft.warningMarginPercent}
              readOnly={readOnly}
              hint={`Default: ${DEFAULTS.warningMarginPercent} percent`}
              error={bad.includes('warningMarginPercent') ? 'Enter a percentage from 0 to 50.' : undefined}
              onChange={(e) => put('warningMarginPercent', e.target.value)}
            />
          </div>
        </div>
      </fieldset>
      <fieldset className="fieldset panel rule-group">
        <legend className="fieldset-legend">Checks</legend>
        <p className="field-hint">Untick a check to switch it off for this program. Every check is on by default.</p>
        {RULES.map((id) => (
          <CheckboxField
            key={id}
            label={RULE_NAMES[id]}
            checked={!disabled.includes(id)}
            disabled={readOnly}
            onChange={(e) => {
              setNotice('');
              setDisabled((d) => (e.target.checked ? d.filter((x) => x !== id) : [...d, id]));
            }}
          />
        ))}
      </fieldset>
      <ErrorMessage key={`attempt-${attempt}`} error={error ?? (bad.length > 0 ? { message: 'Some values are out of range: see the fields marked above.' } : null)} />
      <StatusMessage message={busy ? 'Saving the rules…' : notice} className={notice && !busy ? 'status-success' : undefined} />
      {canWrite ? (
        <div className="actions">
          <Button
            variant="quiet"
            disabled={busy}
            onClick={() => {
              setDraft(draftOf(DEFAULTS));
              setDisabled([]);
              setBad([]);
              setNotice('ACGME defaults filled in. Save to keep them, or undo.');
            }}
          >
            Reset all to ACGME defaults
          </Button>
          <Button
            variant="secondary"
            disabled={busy || !changed}
            onClick={() => {
              setDraft(draftOf(parameters));
              setDisabled(parameters.disabledRules);
              setBad([]);
              setNotice('');
            }}
          >
            Undo changes
          </Button>
          <Button type="submit" variant="primary" disabled={!changed} busy={busy} busyLabel="Saving…">
            Save rules
          </Button>
        </div>
      ) : (
        <p className="muted">Only coordinators change the rules.</p>
      )}
    </form>
  );
}

// Owns the findings beside the grid: how many errors and warnings there are, filters by severity
// and rule, and each finding with its explanation, measured value against the limit and what would
// fix it. Choosing a finding (click or Enter) shows its cells in the grid.
import { useMemo, useState } from 'react';
import { type Finding, RULE_IDS, type RuleId, type Severity } from '../../../../shared/domain';
import { SelectField } from '../../../ui';
import { ALL_FINDINGS, count, filterFindings, type FindingFilter, measuredText, ruleLabel, sortFindings } from '../store/findings';

/** More than this many are summarised, so a broken draft cannot flood the page. */
const SHOWN = 200;

export interface FindingsPanelProps {
  findings: readonly Finding[];
  summary: { errors: number; warnings: number };
  /** Display names by person id. */
  names: ReadonlyMap<string, string>;
  selectedKey: string | null;
  onSelect: (finding: Finding) => void;
}

const SEVERITY_OPTIONS = [
  { value: 'all', label: 'Errors and warnings' },
  { value: 'error', label: 'Errors only' },
  { value: 'warning', label: 'Warnings only' },
];
const RULE_OPTIONS = [{ value: 'all', label: 'Every rule' }, ...RULE_IDS.map((id) => ({ value: id, label: ruleLabel[id] }))];

const isSeverity = (v: string): v is Severity | 'all' => v === 'all' || v === 'error' || v === 'warning';
const isRule = (v: string): v is RuleId | 'all' => v === 'all' || (RULE_IDS as readonly string[]).includes(v);

export function FindingsPanel({ findings, summary, names, selectedKey, onSelect }: FindingsPanelProps) {
  const [filter, setFilter] = useState<FindingFilter>(ALL_FINDINGS);
  const shown = useMemo(() => sortFindings(filterFindings(findings, filter)), [findings, filter]);

  return (
    <section className="findings-panel" aria-labelledby="findings-title">
      <h2 id="findings-title">Findings</h2>
      <p className="findings-counts" data-testid="findings-counts">
        <span className={summary.errors ? 'badge badge-error' : 'badge badge-ok'}>{count(summary.errors, 'error', 'errors')}</span>{' '}
        <span className={summary.warnings ? 'badge badge-warn' : 'badge badge-ok'}>{count(summary.warnings, 'warning', 'warnings')}</span>
      </p>
      <div className="findings-filters no-print">
        <SelectField
          label="Severity"
          options={SEVERITY_OPTIONS}
          value={filter.severity}
          onChange={(e) => {
            const v = e.target.value;
            if (isSeverity(v)) setFilter((f) => ({ ...f, severity: v }));
          }}
        />
        <SelectField
          label="Rule"
          options={RULE_OPTIONS}
          value={filter.rule}
          onChange={(e) => {
            const v = e.target.value;
            if (isRule(v)) setFilter((f) => ({ ...f, rule: v }));
          }}
        />
      </div>
      {findings.length === 0 ? (
        <p className="empty-note">No rule is broken by this draft.</p>
      ) : shown.length === 0 ? (
        <p className="empty-note">No finding matches these filters.</p>
      ) : (
        <ul className="findings-list" aria-label="Findings">
          {shown.slice(0, SHOWN).map((f) => (
            <li key={f.key}>
              <button
                type="button"
                className={`finding finding-${f.severity}`}
                aria-current={f.key === selectedKey || undefined}
                data-testid={`finding-${f.key}`}
                onClick={() => onSelect(f)}
              >
                <span className="finding-head">
                  <span className={f.severity === 'error' ? 'badge badge-error' : 'badge badge-warn'}>{f.severity === 'error' ? 'Error' : 'Warning'}</span>
                  <span className="finding-rule">{ruleLabel[f.ruleId]}</span>
                </span>
                <span className="finding-who">
                  {f.personId ? `${names.get(f.personId) ?? f.personId} · ` : ''}
                  {f.startDate === f.endDate ? f.startDate : `${f.startDate} – ${f.endDate}`}
                </span>
                <span className="finding-explanation">{f.explanation}</span>
                <span className="finding-measured">Measured {measuredText(f)}</span>
                <span className="finding-suggestion">Fix: {f.suggestion}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {shown.length > SHOWN ? <p className="muted">Showing the first {SHOWN} of {shown.length.toLocaleString()}; filter to see the others.</p> : null}
    </section>
  );
}

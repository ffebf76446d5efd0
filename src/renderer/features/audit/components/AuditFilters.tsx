// Owns the filter bar: actor (a list of accounts for administrators, a user id otherwise), action,
// outcome and a range of local days. Nothing is asked of main until "Apply filters"; the form is
// checked first, and focus goes to the first field that is wrong.
import { useRef, useState, type FormEvent } from 'react';
import { Button, Field, SelectField } from '../../../ui';
import {
  ACTION_OPTIONS,
  type AuditFilterDraft,
  EMPTY_FILTERS,
  type FilterProblems,
  filterProblems,
  hasFilters,
  isAuditAction,
  isAuditOutcome,
  type KnownUser,
  OUTCOME_OPTIONS,
} from '../store/selectors';

export interface AuditFiltersProps {
  /** The filters the table shows now. */
  applied: AuditFilterDraft;
  /** Accounts to choose the actor from; null → a text field for a user id. */
  users: readonly KnownUser[] | null;
  onApply: (filters: AuditFilterDraft) => void;
}

const byUsername = (a: KnownUser, b: KnownUser) => a.username.localeCompare(b.username);

function actorOptions(users: readonly KnownUser[], current: string) {
  const options = [
    { value: '', label: 'Anyone' },
    ...[...users].sort(byUsername).map((u) => ({ value: u.id, label: `${u.username} (${u.displayName})` })),
    { value: 'system', label: 'system (the application)' },
    { value: 'cli', label: 'cli (the admin command line)' },
  ];
  // An id applied before the list was read stays choosable.
  return current && !options.some((o) => o.value === current) ? [...options, { value: current, label: current }] : options;
}

export function AuditFilters({ applied, users, onApply }: AuditFiltersProps) {
  const [draft, setDraft] = useState<AuditFilterDraft>(applied);
  const [problems, setProblems] = useState<FilterProblems>({});
  const actorRef = useRef<HTMLInputElement>(null);
  const fromRef = useRef<HTMLInputElement>(null);
  const toRef = useRef<HTMLInputElement>(null);

  function change<K extends keyof AuditFilterDraft>(key: K, value: AuditFilterDraft[K]) {
    const next = { ...draft, [key]: value };
    setDraft(next);
    // Once shown, problems follow the typing.
    setProblems((shown) => (Object.keys(shown).length > 0 ? filterProblems(next) : shown));
  }

  function apply(next: AuditFilterDraft) {
    const found = filterProblems(next);
    setProblems(found);
    if (found.actor) return actorRef.current?.focus();
    if (found.from) return fromRef.current?.focus();
    if (found.to) return toRef.current?.focus();
    onApply({ ...next, actor: next.actor.trim() });
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    apply(draft);
  }

  function clear() {
    setDraft(EMPTY_FILTERS);
    setProblems({});
    if (hasFilters(applied)) onApply(EMPTY_FILTERS);
  }

  return (
    <form className="filter-bar" role="search" aria-label="Filter the audit log" noValidate onSubmit={onSubmit} data-testid="audit-filters">
      {users ? (
        <SelectField
          label="Actor"
          options={actorOptions(users, draft.actor)}
          value={draft.actor}
          onChange={(e) => change('actor', e.target.value)}
        />
      ) : (
        <Field
          ref={actorRef}
          label="Actor (user id)"
          className="mono"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={draft.actor}
          error={problems.actor}
          hint="Empty for anyone; or system, or cli."
          onChange={(e) => change('actor', e.target.value)}
        />
      )}
      <SelectField
        label="Action"
        options={ACTION_OPTIONS}
        value={draft.action}
        onChange={(e) => change('action', isAuditAction(e.target.value) ? e.target.value : '')}
      />
      <SelectField
        label="Outcome"
        options={OUTCOME_OPTIONS}
        value={draft.outcome}
        onChange={(e) => change('outcome', isAuditOutcome(e.target.value) ? e.target.value : '')}
      />
      <Field ref={fromRef} label="From" type="date" value={draft.from} error={problems.from} onChange={(e) => change('from', e.target.value)} />
      <Field
        ref={toRef}
        label="To"
        type="date"
        value={draft.to}
        error={problems.to}
        hint="The whole day is included."
        onChange={(e) => change('to', e.target.value)}
      />
      <div className="actions filter-actions">
        <Button type="submit" variant="primary">
          Apply filters
        </Button>
        <Button variant="secondary" onClick={clear}>
          Clear filters
        </Button>
      </div>
    </form>
  );
}

// Owns the filter bar of the key list: type, purpose and status. A choice applies at once (the
// list is small and local); "Clear filters" goes back to every key.
import type { ReactNode } from 'react';
import { Button, SelectField } from '../../../ui';
import { ANY, PURPOSE_OPTIONS, STATUS_OPTIONS, TYPE_OPTIONS } from '../store/labels';
import { asKeyPurpose, asKeyStatus, asKeyType, EMPTY_KEY_FILTERS, hasKeyFilters, type KeyFilterDraft } from '../store/selectors';

export interface KeyFiltersProps {
  value: KeyFilterDraft;
  onChange: (next: KeyFilterDraft) => void;
  /** The results count, beside the buttons. */
  children?: ReactNode;
}

export function KeyFilters({ value, onChange, children }: KeyFiltersProps) {
  return (
    <form className="filter-bar" role="search" aria-label="Filter the keys" noValidate onSubmit={(e) => e.preventDefault()} data-testid="key-filters">
      <SelectField label="Type" options={[ANY, ...TYPE_OPTIONS]} value={value.type} onChange={(e) => onChange({ ...value, type: asKeyType(e.target.value) })} />
      <SelectField
        label="Purpose"
        options={[ANY, ...PURPOSE_OPTIONS]}
        value={value.purpose}
        onChange={(e) => onChange({ ...value, purpose: asKeyPurpose(e.target.value) })}
      />
      <SelectField
        label="Status"
        options={[ANY, ...STATUS_OPTIONS]}
        value={value.status}
        hint={value.status === '' ? 'Deleted keys are listed only when this is “Deleted”.' : undefined}
        onChange={(e) => onChange({ ...value, status: asKeyStatus(e.target.value) })}
      />
      <div className="actions filter-actions">
        <Button variant="secondary" disabled={!hasKeyFilters(value)} onClick={() => onChange(EMPTY_KEY_FILTERS)}>
          Clear filters
        </Button>
        {children}
      </div>
    </form>
  );
}

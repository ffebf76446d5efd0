// Owns choosing the programs a coordinator or faculty member belongs to: a group of checkboxes
// (a native multi-select is hard to use with a keyboard and a screen reader).
import { useId } from 'react';
import type { Program } from '../../../../shared/domain';
import { CheckboxField } from '../../../ui';

export interface ProgramPickerProps {
  programs: readonly Program[];
  value: readonly string[];
  onChange: (next: string[]) => void;
  disabled?: boolean;
}

export function ProgramPicker({ programs, value, onChange, disabled }: ProgramPickerProps) {
  const hintId = useId();
  return (
    <fieldset className="fieldset program-picker" aria-describedby={hintId} data-testid="program-picker">
      <legend className="field-label">Programs</legend>
      <p id={hintId} className="field-hint">
        {programs.length === 0
          ? 'No programs exist yet. Give access later, with “Change role”, once programs are added.'
          : 'They see and work on only the programs ticked here.'}
      </p>
      {programs.map((p) => (
        <CheckboxField
          key={p.id}
          label={`${p.name} (${p.code})`}
          checked={value.includes(p.id)}
          disabled={disabled}
          onChange={(e) => onChange(e.target.checked ? [...value, p.id] : value.filter((id) => id !== p.id))}
        />
      ))}
    </fieldset>
  );
}

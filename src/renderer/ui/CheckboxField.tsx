// Owns a checkbox with its label and an optional description.
import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';

export interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'children'> {
  label: ReactNode;
  description?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

export function CheckboxField({ label, description, ref, ...input }: CheckboxFieldProps) {
  const id = useId();
  const descriptionId = description ? `${id}-description` : undefined;
  return (
    <div className="checkbox-field">
      <input {...input} ref={ref} id={id} type="checkbox" aria-describedby={descriptionId} />
      <div>
        <label htmlFor={id} className="checkbox-label">
          {label}
        </label>
        {description ? (
          <p id={descriptionId} className="field-hint">
            {description}
          </p>
        ) : null}
      </div>
    </div>
  );
}

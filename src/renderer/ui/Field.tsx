// Owns a labelled text input with its hint and error wired through aria-describedby.
import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';

export interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'children'> {
  label: ReactNode;
  hint?: ReactNode;
  /** Shown under the input; marks it aria-invalid. */
  error?: ReactNode;
  ref?: Ref<HTMLInputElement>;
  fieldClassName?: string;
}

export function Field({ label, hint, error, ref, fieldClassName, className, ...input }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [input['aria-describedby'], errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', fieldClassName].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        {...input}
        id={id}
        ref={ref}
        className={['field-input', className].filter(Boolean).join(' ')}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      />
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

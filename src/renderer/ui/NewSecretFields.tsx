// Owns the new-secret + confirmation pair (passphrase or password): the rule, a live character
// count, and a mismatch message as soon as the confirmation is complete (or left) and differs.
import { useState, type Ref } from 'react';
import { Field } from './Field';
import {
  MIN_SECRET_LENGTH,
  matchMessage,
  mismatchMessage,
  secretLength,
  secretRule,
  type NewSecretDraft,
  type NewSecretErrors,
  type SecretNoun,
} from './new-secret';

export interface NewSecretFieldsProps {
  noun: SecretNoun;
  value: NewSecretDraft;
  onChange: (next: NewSecretDraft) => void;
  /** Errors from the last submit attempt. */
  errors: NewSecretErrors;
  label: string;
  confirmLabel: string;
  /** Extra words after the rule, e.g. "Optional when the system keyring is used." */
  note?: string;
  readOnly?: boolean;
  secretRef?: Ref<HTMLInputElement>;
  confirmRef?: Ref<HTMLInputElement>;
}

export function NewSecretFields({ noun, value, onChange, errors, label, confirmLabel, note, readOnly, secretRef, confirmRef }: NewSecretFieldsProps) {
  const [confirmLeft, setConfirmLeft] = useState(false);
  const count = secretLength(value.secret);
  const complete = value.confirm.length >= value.secret.length || confirmLeft;
  const liveMismatch = value.confirm !== '' && value.confirm !== value.secret && complete;
  const matches = value.confirm !== '' && value.confirm === value.secret;
  const confirmError = errors.confirm ?? (liveMismatch ? mismatchMessage(noun) : undefined);
  const short = count > 0 && count < MIN_SECRET_LENGTH;

  return (
    <div className="field-group">
      <Field
        ref={secretRef}
        label={label}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        value={value.secret}
        readOnly={readOnly}
        onChange={(e) => onChange({ ...value, secret: e.target.value })}
        error={errors.secret}
        hint={
          <>
            {secretRule(noun)}
            {note ? ` ${note}` : null}{' '}
            <span className={short ? 'char-count char-count-short' : 'char-count'} data-testid={`${noun}-count`}>
              {count === 1 ? '1 character' : `${count} characters`}
              {short ? ` (${MIN_SECRET_LENGTH - count} more needed)` : ''}
            </span>
          </>
        }
      />
      <Field
        ref={confirmRef}
        label={confirmLabel}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        value={value.confirm}
        readOnly={readOnly}
        onChange={(e) => onChange({ ...value, confirm: e.target.value })}
        onBlur={() => setConfirmLeft(true)}
        error={confirmError}
        hint={matches ? matchMessage(noun) : undefined}
      />
    </div>
  );
}

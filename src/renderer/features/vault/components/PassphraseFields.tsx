// Owns the passphrase + confirmation pair: the rule, a live character count, and a mismatch
// message as soon as the confirmation is complete (or left) and differs.
import { useState, type Ref } from 'react';
import { Field } from '../../../ui';
import {
  MIN_PASSPHRASE_LENGTH,
  MISMATCH_MESSAGE,
  PASSPHRASE_RULE,
  passphraseLength,
  type PassphraseDraft,
  type PassphraseErrors,
} from './passphrase';

export interface PassphraseFieldsProps {
  value: PassphraseDraft;
  onChange: (next: PassphraseDraft) => void;
  /** Errors from the last submit attempt. */
  errors: PassphraseErrors;
  label: string;
  confirmLabel: string;
  /** Extra words after the rule, e.g. "Optional when the system keyring is used." */
  note?: string;
  readOnly?: boolean;
  passphraseRef?: Ref<HTMLInputElement>;
  confirmRef?: Ref<HTMLInputElement>;
}

export function PassphraseFields({ value, onChange, errors, label, confirmLabel, note, readOnly, passphraseRef, confirmRef }: PassphraseFieldsProps) {
  const [confirmLeft, setConfirmLeft] = useState(false);
  const count = passphraseLength(value.passphrase);
  const complete = value.confirm.length >= value.passphrase.length || confirmLeft;
  const liveMismatch = value.confirm !== '' && value.confirm !== value.passphrase && complete;
  const matches = value.confirm !== '' && value.confirm === value.passphrase;
  const confirmError = errors.confirm ?? (liveMismatch ? MISMATCH_MESSAGE : undefined);

  return (
    <div className="field-group">
      <Field
        ref={passphraseRef}
        label={label}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        value={value.passphrase}
        readOnly={readOnly}
        onChange={(e) => onChange({ ...value, passphrase: e.target.value })}
        error={errors.passphrase}
        hint={
          <>
            {PASSPHRASE_RULE}
            {note ? ` ${note}` : null}{' '}
            <span className={count > 0 && count < MIN_PASSPHRASE_LENGTH ? 'char-count char-count-short' : 'char-count'} data-testid="passphrase-count">
              {count === 1 ? '1 character' : `${count} characters`}
              {count > 0 && count < MIN_PASSPHRASE_LENGTH ? ` (${MIN_PASSPHRASE_LENGTH - count} more needed)` : ''}
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
        hint={matches ? 'The passphrases match.' : undefined}
      />
    </div>
  );
}

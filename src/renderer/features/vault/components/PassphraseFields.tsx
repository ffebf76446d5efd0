// Owns the passphrase + confirmation pair of the vault screens, over the shared NewSecretFields.
import type { Ref } from 'react';
import { NewSecretFields } from '../../../ui';
import type { PassphraseDraft, PassphraseErrors } from './passphrase';

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

export function PassphraseFields({ value, onChange, errors, passphraseRef, ...rest }: PassphraseFieldsProps) {
  return (
    <NewSecretFields
      {...rest}
      noun="passphrase"
      value={{ secret: value.passphrase, confirm: value.confirm }}
      onChange={(next) => onChange({ passphrase: next.secret, confirm: next.confirm })}
      errors={{ secret: errors.passphrase, confirm: errors.confirm }}
      secretRef={passphraseRef}
    />
  );
}

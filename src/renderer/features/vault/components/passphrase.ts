// Owns the vault's words for the shared new-secret guidance (ui/new-secret): passphrases follow
// the same length rule as passwords; common-password checks happen in main only.
import { MIN_SECRET_LENGTH, mismatchMessage, secretLength, secretRule, validateNewSecret } from '../../../ui';

export const MIN_PASSPHRASE_LENGTH = MIN_SECRET_LENGTH;
export const passphraseLength = secretLength;

export const PASSPHRASE_RULE = secretRule('passphrase');
export const MISMATCH_MESSAGE = mismatchMessage('passphrase');

export interface PassphraseDraft {
  passphrase: string;
  confirm: string;
}

export interface PassphraseErrors {
  passphrase?: string;
  confirm?: string;
}

export function validatePassphraseDraft(draft: PassphraseDraft, required: boolean): PassphraseErrors {
  const found = validateNewSecret({ secret: draft.passphrase, confirm: draft.confirm }, 'passphrase', required);
  const errors: PassphraseErrors = {};
  if (found.secret) errors.passphrase = found.secret;
  if (found.confirm) errors.confirm = found.confirm;
  return errors;
}

// Owns the typing-time guidance for passphrases. Main's policy (src/main/core/vault, NIST SP
// 800-63B) decides; this only mirrors its length rule so people see the problem before waiting
// for PBKDF2. Common-password checks happen in main only.
import { MIN_PASSPHRASE_LENGTH, passphraseLength } from '../../../../shared/domain';

export { MIN_PASSPHRASE_LENGTH, passphraseLength };

export const PASSPHRASE_RULE = `At least ${MIN_PASSPHRASE_LENGTH} characters and not a common password — a few unrelated words work well.`;
export const MISMATCH_MESSAGE = 'The passphrases do not match.';

export interface PassphraseDraft {
  passphrase: string;
  confirm: string;
}

export interface PassphraseErrors {
  passphrase?: string;
  confirm?: string;
}

export function validatePassphraseDraft(draft: PassphraseDraft, required: boolean): PassphraseErrors {
  const errors: PassphraseErrors = {};
  const n = passphraseLength(draft.passphrase);
  if (draft.passphrase === '') {
    if (required) errors.passphrase = 'Enter a passphrase.';
    return errors;
  }
  if (n < MIN_PASSPHRASE_LENGTH) {
    errors.passphrase = `Use at least ${MIN_PASSPHRASE_LENGTH} characters — this one has ${n}.`;
  }
  if (draft.confirm === '') errors.confirm = 'Type the passphrase again to confirm it.';
  else if (draft.confirm !== draft.passphrase) errors.confirm = MISMATCH_MESSAGE;
  return errors;
}

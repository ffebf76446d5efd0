// Owns the typing-time guidance for a new secret (a vault passphrase or an account password).
// Main's policies decide (NIST SP 800-63B: length, common-password blocklist, no user or product
// name); this only mirrors the length rule so people see the problem before main spends a PBKDF2
// or bcrypt run refusing it. The blocklist and the name check happen in main only.
import { MIN_PASSPHRASE_LENGTH, passphraseLength } from '../../shared/domain';

/** Passphrases and passwords share one length rule (15 code points after NFKC). */
export const MIN_SECRET_LENGTH = MIN_PASSPHRASE_LENGTH;
export const secretLength = passphraseLength;

export type SecretNoun = 'passphrase' | 'password';

export interface NewSecretDraft {
  secret: string;
  confirm: string;
}

export interface NewSecretErrors {
  secret?: string;
  confirm?: string;
}

export const mismatchMessage = (noun: SecretNoun): string => `The ${noun}s do not match.`;
export const matchMessage = (noun: SecretNoun): string => `The ${noun}s match.`;

/** The rule as people read it under the field. */
export function secretRule(noun: SecretNoun): string {
  return noun === 'passphrase'
    ? `At least ${MIN_SECRET_LENGTH} characters and not a common password — a few unrelated words work well.`
    : `At least ${MIN_SECRET_LENGTH} characters, not a common password, and not containing the user name — a few unrelated words work well.`;
}

export function validateNewSecret(draft: NewSecretDraft, noun: SecretNoun, required: boolean): NewSecretErrors {
  const errors: NewSecretErrors = {};
  const n = secretLength(draft.secret);
  if (draft.secret === '') {
    if (required) errors.secret = `Enter a ${noun}.`;
    return errors;
  }
  if (n < MIN_SECRET_LENGTH) {
    errors.secret = `Use at least ${MIN_SECRET_LENGTH} characters — this one has ${n}.`;
  }
  if (draft.confirm === '') errors.confirm = `Type the ${noun} again to confirm it.`;
  else if (draft.confirm !== draft.secret) errors.confirm = mismatchMessage(noun);
  return errors;
}

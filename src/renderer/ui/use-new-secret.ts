// Owns the state of a "new secret + confirm" pair: the draft, the messages shown, and the rule that
// after a failed attempt the messages follow the typing instead of going stale.
import { useCallback, useState } from 'react';
import { type NewSecretDraft, type NewSecretErrors, type SecretNoun, validateNewSecret } from './new-secret';

const EMPTY: NewSecretDraft = { secret: '', confirm: '' };

export function useNewSecret(noun: SecretNoun, required = true) {
  const [draft, setDraft] = useState<NewSecretDraft>(EMPTY);
  const [errors, setErrors] = useState<NewSecretErrors>({});
  const onChange = useCallback(
    (next: NewSecretDraft) => {
      setDraft(next);
      setErrors((shown) => (shown.secret || shown.confirm ? validateNewSecret(next, noun, required) : shown));
    },
    [noun, required],
  );
  /** Checks the draft now, shows the messages, and returns them. */
  const validate = useCallback(() => {
    const found = validateNewSecret(draft, noun, required);
    setErrors(found);
    return found;
  }, [draft, noun, required]);
  const reset = useCallback(() => {
    setDraft(EMPTY);
    setErrors({});
  }, []);
  return { draft, errors, onChange, validate, reset };
}

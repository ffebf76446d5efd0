// Owns unlocking with something typed: the passphrase or the recovery code. Enter submits; the
// field keeps focus while main works (PBKDF2 takes about a second) and is re-selected on failure.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { IpcError } from '../../../../shared/contract';
import { Button, ErrorMessage, Field } from '../../../ui';
import { useVaultStore } from '../store/vault.store';

type Method = 'passphrase' | 'recovery';
const LABEL: Record<Method, string> = { passphrase: 'Passphrase', recovery: 'Recovery code' };

export function ManualUnlockForm({ methods }: { methods: Method[] }) {
  const unlock = useVaultStore((s) => s.unlock);
  const [method, setMethod] = useState<Method>(methods[0] ?? 'passphrase');
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Pick<IpcError, 'message'> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const fieldRef = useRef<HTMLInputElement>(null);
  const groupName = useId();

  useEffect(() => {
    fieldRef.current?.focus();
  }, []);

  function choose(next: Method) {
    setMethod(next);
    setSecret('');
    setError(null);
  }

  async function submit() {
    if (busy) return;
    setAttempt((n) => n + 1);
    if (secret === '') {
      setError({ message: method === 'passphrase' ? 'Enter your passphrase.' : 'Enter your recovery code.' });
      fieldRef.current?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    const failed = await unlock(method === 'passphrase' ? { method, passphrase: secret } : { method, recoveryCode: secret.trim() });
    if (!failed) return; // the app moves on to the unlocked frame
    setBusy(false);
    setError(failed);
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void submit();
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
      {methods.length > 1 ? (
        <fieldset className="fieldset segmented">
          <legend className="fieldset-legend">Unlock with</legend>
          {methods.map((m) => (
            <label key={m} className="segmented-option">
              <input type="radio" name={groupName} value={m} checked={method === m} onChange={() => choose(m)} disabled={busy} />
              <span>{LABEL[m]}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <Field
        ref={fieldRef}
        label={LABEL[method]}
        type="password"
        autoComplete={method === 'passphrase' ? 'current-password' : 'off'}
        spellCheck={false}
        className={method === 'recovery' ? 'field-input-mono' : undefined}
        value={secret}
        readOnly={busy}
        onChange={(e) => setSecret(e.target.value)}
        hint={method === 'recovery' ? 'The code on your recovery sheet. Letters are not case-sensitive; dashes and spaces are optional.' : undefined}
      />
      <ErrorMessage key={attempt} error={error} />
      <div className="actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel="Unlocking…">
          Unlock
        </Button>
      </div>
    </form>
  );
}

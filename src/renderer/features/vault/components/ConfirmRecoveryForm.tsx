// Owns typing the recovery code back (vault.confirmRecovery), proving it was written down correctly.
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { IpcError } from '../../../../shared/contract';
import { Button, ErrorMessage, Field } from '../../../ui';
import { useVaultStore } from '../store/vault.store';

export interface ConfirmRecoveryFormProps {
  onConfirmed: () => void;
  /** Buttons placed after "Confirm", e.g. Back and Skip in the wizard. */
  secondaryActions?: ReactNode;
  autoFocus?: boolean;
}

export function ConfirmRecoveryForm({ onConfirmed, secondaryActions, autoFocus }: ConfirmRecoveryFormProps) {
  const confirmRecovery = useVaultStore((s) => s.confirmRecovery);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Pick<IpcError, 'message'> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const fieldRef = useRef<HTMLInputElement>(null);

  async function submit() {
    if (busy) return;
    setAttempt((n) => n + 1);
    const typed = code.trim();
    if (typed === '') {
      setError({ message: 'Type the recovery code from your sheet.' });
      fieldRef.current?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    const failed = await confirmRecovery(typed);
    setBusy(false);
    if (failed) {
      setError(failed);
      fieldRef.current?.focus();
      fieldRef.current?.select();
      return;
    }
    setCode('');
    onConfirmed();
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void submit();
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
      <Field
        ref={fieldRef}
        label="Recovery code"
        className="field-input-mono"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        autoFocus={autoFocus}
        value={code}
        readOnly={busy}
        onChange={(e) => setCode(e.target.value)}
        hint="Letters are not case-sensitive; dashes and spaces are optional."
      />
      <ErrorMessage key={`attempt-${attempt}`} error={error} />
      <div className="actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel="Checking…">
          Confirm recovery code
        </Button>
        {secondaryActions}
      </div>
    </form>
  );
}

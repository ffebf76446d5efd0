// Owns changing one's own password (account.changePassword): the current one, then a new one
// with its confirmation and the shared guidance. Main checks the current password and the policy.
import { useRef, useState, type FormEvent } from 'react';
import type { IpcError } from '../../../../shared/contract';
import { Button, ErrorMessage, Field, NewSecretFields, useNewSecret } from '../../../ui';
import { useAuthStore } from '../store/auth.store';

export interface ChangePasswordFormProps {
  /** Label of the first field: "Current password", or "Temporary password" at a forced change. */
  currentLabel?: string;
  onChanged: () => void;
}

export function ChangePasswordForm({ currentLabel = 'Current password', onChanged }: ChangePasswordFormProps) {
  const changePassword = useAuthStore((s) => s.changePassword);
  const [current, setCurrent] = useState('');
  const [currentError, setCurrentError] = useState<string | undefined>();
  const { draft, errors, onChange: onSecretChange, validate: validateSecret, reset: resetSecret } = useNewSecret('password');
  const [error, setError] = useState<IpcError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const currentRef = useRef<HTMLInputElement>(null);
  const newRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);

  async function submit() {
    if (busy) return;
    setError(null);
    setAttempt((n) => n + 1);
    const missingCurrent = current === '' ? `Enter your ${currentLabel.toLowerCase()}.` : undefined;
    const found = validateSecret();
    setCurrentError(missingCurrent);
    if (missingCurrent) return currentRef.current?.focus();
    if (found.secret) return newRef.current?.focus();
    if (found.confirm) return confirmRef.current?.focus();
    setBusy(true);
    const failed = await changePassword(current, draft.secret);
    setBusy(false);
    if (failed) {
      setError(failed);
      if (failed.code === 'ERR_AUTH_INVALID_CREDENTIALS') currentRef.current?.focus();
      else newRef.current?.focus();
      return;
    }
    setCurrent('');
    resetSecret();
    setFormKey((k) => k + 1);
    onChanged();
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void submit();
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
      <Field
        ref={currentRef}
        label={currentLabel}
        type="password"
        autoComplete="current-password"
        spellCheck={false}
        value={current}
        readOnly={busy}
        error={currentError}
        onChange={(e) => {
          setCurrent(e.target.value);
          if (e.target.value !== '') setCurrentError(undefined);
        }}
      />
      <NewSecretFields
        key={`fields-${formKey}`}
        noun="password"
        value={draft}
        onChange={onSecretChange}
        errors={errors}
        label="New password"
        confirmLabel="Confirm new password"
        readOnly={busy}
        secretRef={newRef}
        confirmRef={confirmRef}
      />
      <ErrorMessage key={`attempt-${attempt}`} error={error} />
      <div className="actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel="Changing the password…">
          Change password
        </Button>
      </div>
    </form>
  );
}

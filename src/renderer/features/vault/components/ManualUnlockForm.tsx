// Owns unlocking with something typed: the passphrase or the recovery code, chosen with tabs.
// Enter submits; the field keeps focus while main works (PBKDF2 takes about a second) and is
// re-selected on failure.
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
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
  const tabsRef = useRef<HTMLDivElement>(null);
  const ids = useId();
  const panelId = `${ids}-panel`;

  useEffect(() => {
    fieldRef.current?.focus();
  }, []);

  function choose(next: Method) {
    if (next === method) return;
    setMethod(next);
    setSecret('');
    setError(null);
  }

  // Tabs pattern: Left/Right (and Home/End) move between tabs and select them.
  function onTabKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const at = methods.indexOf(method);
    const next =
      e.key === 'ArrowRight' ? methods[(at + 1) % methods.length]
      : e.key === 'ArrowLeft' ? methods[(at - 1 + methods.length) % methods.length]
      : e.key === 'Home' ? methods[0]
      : e.key === 'End' ? methods[methods.length - 1]
      : undefined;
    if (!next) return;
    e.preventDefault();
    choose(next);
    tabsRef.current?.querySelector<HTMLButtonElement>(`[data-method="${next}"]`)?.focus();
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

  const form = (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
      <Field
        key={method}
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
      <ErrorMessage key={`attempt-${attempt}`} error={error} />
      <div className="actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel="Unlocking…">
          Unlock
        </Button>
      </div>
    </form>
  );

  if (methods.length < 2) return form;

  return (
    <div className="unlock-manual">
      <p className="tabs-label" id={`${ids}-tabs`}>
        Unlock with
      </p>
      <div ref={tabsRef} role="tablist" aria-labelledby={`${ids}-tabs`} className="tabs" onKeyDown={onTabKeyDown}>
        {methods.map((m) => (
          <button
            key={m}
            type="button"
            role="tab"
            data-method={m}
            id={`${ids}-tab-${m}`}
            aria-selected={m === method}
            aria-controls={panelId}
            tabIndex={m === method ? 0 : -1}
            className="tab"
            disabled={busy}
            onClick={() => choose(m)}
          >
            {LABEL[m]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId} className="tabpanel">
        {form}
      </div>
    </div>
  );
}

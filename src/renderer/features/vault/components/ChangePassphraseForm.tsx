// Owns setting or replacing the passphrase (vault.changePassphrase replaces every passphrase slot).
import { useRef, useState, type FormEvent } from 'react';
import type { IpcError } from '../../../../shared/contract';
import { Button, ErrorMessage } from '../../../ui';
import { useVaultStore } from '../store/vault.store';
import { validatePassphraseDraft, type PassphraseDraft, type PassphraseErrors } from './passphrase';
import { PassphraseFields } from './PassphraseFields';

export function ChangePassphraseForm({ hasPassphrase, onChanged }: { hasPassphrase: boolean; onChanged: (message: string) => void }) {
  const changePassphrase = useVaultStore((s) => s.changePassphrase);
  const [draft, setDraft] = useState<PassphraseDraft>({ passphrase: '', confirm: '' });
  const [errors, setErrors] = useState<PassphraseErrors>({});
  const [error, setError] = useState<IpcError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);

  async function submit() {
    if (busy) return;
    setError(null);
    setAttempt((n) => n + 1);
    const found = validatePassphraseDraft(draft, true);
    setErrors(found);
    if (found.passphrase) return passphraseRef.current?.focus();
    if (found.confirm) return confirmRef.current?.focus();
    setBusy(true);
    const failed = await changePassphrase(draft.passphrase);
    setBusy(false);
    if (failed) {
      setError(failed);
      passphraseRef.current?.focus();
      return;
    }
    setDraft({ passphrase: '', confirm: '' });
    setFormKey((k) => k + 1);
    onChanged(hasPassphrase ? 'Passphrase changed. The old passphrase no longer unlocks the data.' : 'Passphrase added.');
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void submit();
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
      <PassphraseFields
        key={`fields-${formKey}`}
        value={draft}
        onChange={(next) => {
          setDraft(next);
          // After a failed attempt, the messages follow the typing instead of going stale.
          setErrors((shown) => (shown.passphrase || shown.confirm ? validatePassphraseDraft(next, true) : shown));
        }}
        errors={errors}
        label="New passphrase"
        confirmLabel="Confirm new passphrase"
        note={hasPassphrase ? 'The old passphrase stops working.' : 'No passphrase is set yet; this adds one.'}
        readOnly={busy}
        passphraseRef={passphraseRef}
        confirmRef={confirmRef}
      />
      <ErrorMessage key={`attempt-${attempt}`} error={error} />
      <div className="actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
          Change passphrase
        </Button>
      </div>
    </form>
  );
}

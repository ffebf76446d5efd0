// Owns step 1 of setup: choose the system keyring and/or a passphrase, then create the vault.
import { useRef, useState, type FormEvent } from 'react';
import { errorMessages, type IpcError } from '../../../../shared/contract';
import { Banner, Button, CheckboxField, ErrorMessage, PageTitle, StatusMessage } from '../../../ui';
import { useVaultStore } from '../store/vault.store';
import { validatePassphraseDraft, type PassphraseDraft, type PassphraseErrors } from './passphrase';
import { PassphraseFields } from './PassphraseFields';

export function SetupMethodsStep({ onCreated }: { onCreated: (recoveryCode: string) => void }) {
  const keychain = useVaultStore((s) => s.status?.keychain);
  const setup = useVaultStore((s) => s.setup);
  const keychainAvailable = keychain?.available ?? false;

  const [useKeychain, setUseKeychain] = useState(keychainAvailable);
  const [draft, setDraft] = useState<PassphraseDraft>({ passphrase: '', confirm: '' });
  const [errors, setErrors] = useState<PassphraseErrors>({});
  const [methodError, setMethodError] = useState<string | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const keychainRef = useRef<HTMLInputElement>(null);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);

  const withKeychain = useKeychain && keychainAvailable;

  async function submit() {
    if (busy) return;
    setError(null);
    setAttempt((n) => n + 1);
    if (!withKeychain && draft.passphrase === '') {
      setErrors({});
      setMethodError(errorMessages.ERR_VAULT_NO_METHOD);
      (keychainAvailable ? keychainRef : passphraseRef).current?.focus();
      return;
    }
    setMethodError(null);
    const found = validatePassphraseDraft(draft, !withKeychain);
    setErrors(found);
    if (found.passphrase) return passphraseRef.current?.focus();
    if (found.confirm) return confirmRef.current?.focus();

    setBusy(true);
    const result = await setup(draft.passphrase ? { useKeychain: withKeychain, passphrase: draft.passphrase } : { useKeychain: withKeychain });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setDraft({ passphrase: '', confirm: '' });
    onCreated(result.value.recoveryCode);
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void submit();
  }

  return (
    <>
      <PageTitle>How will this workstation unlock?</PageTitle>
      <p className="lead">
        Everything Residency Scheduler stores on this workstation is encrypted. Choose how it opens each day. You can
        change this later under Security.
      </p>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
        <fieldset className="fieldset">
          <legend className="fieldset-legend">Unlock methods</legend>
          <CheckboxField
            ref={keychainRef}
            label="Use the system keyring (recommended)"
            description={
              keychainAvailable
                ? 'The key is kept in this computer’s keyring (Windows Credential Manager, macOS Keychain or the Secret Service on Linux), so the data opens when you are logged in.'
                : undefined
            }
            checked={withKeychain}
            disabled={!keychainAvailable || busy}
            onChange={(e) => {
              setUseKeychain(e.target.checked);
              setMethodError(null);
            }}
          />
          {!keychainAvailable ? (
            <Banner tone="info" title="The system keyring can’t be used here" testId="keychain-problem">
              {errorMessages[keychain?.problem ?? 'ERR_KEYCHAIN_UNAVAILABLE']}
            </Banner>
          ) : null}
          <PassphraseFields
            value={draft}
            onChange={(next) => {
              setDraft(next);
              setMethodError(null);
              // After a failed attempt, the messages follow the typing instead of going stale.
              setErrors((shown) => (shown.passphrase || shown.confirm ? validatePassphraseDraft(next, !withKeychain) : shown));
            }}
            errors={errors}
            label={withKeychain ? 'Passphrase (optional)' : 'Passphrase'}
            confirmLabel="Confirm passphrase"
            note={withKeychain ? 'Optional with the system keyring; useful if the keyring is ever unavailable.' : 'Required, because the system keyring is not used.'}
            readOnly={busy}
            passphraseRef={passphraseRef}
            confirmRef={confirmRef}
          />
          {methodError ? (
            <p key={`attempt-${attempt}`} role="alert" className="error-message">
              {methodError}
            </p>
          ) : null}
        </fieldset>
        <p className="field-hint">A recovery code is created as well and shown on the next step.</p>
        <ErrorMessage key={`attempt-${attempt}`} error={error} />
        <StatusMessage message={busy ? 'Creating the encrypted vault. This takes a moment…' : ''} />
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Creating the vault…">
            Create vault
          </Button>
        </div>
      </form>
    </>
  );
}

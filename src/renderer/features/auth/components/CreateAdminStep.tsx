// Owns creating the first administrator (auth.createFirstAdmin, which also signs them in): the
// last step of the setup wizard, and the screen shown whenever an unlocked vault has no accounts
// yet (e.g. set up with `resched init`).
import { useRef, useState, type FormEvent } from 'react';
import type { IpcError } from '../../../../shared/contract';
import { Username } from '../../../../shared/domain';
import {
  Button,
  ErrorMessage,
  Field,
  NewSecretFields,
  PageTitle,
  StatusMessage,
  useNewSecret,
} from '../../../ui';
import { useAuthStore } from '../store/auth.store';
import { USERNAME_HINT, USERNAME_RULE } from '../../../lib/username';

export interface CreateAdminStepProps {
  /** Called once the account exists and is signed in. */
  onCreated: () => void;
  /** Shown outside the wizard: the vault exists but its setup never created an account. */
  standalone?: boolean;
}

interface Problems {
  username?: string;
  displayName?: string;
}

const PASSWORD_CODES = new Set(['ERR_PASSWORD_TOO_SHORT', 'ERR_PASSWORD_TOO_LONG', 'ERR_PASSWORD_COMMON', 'ERR_PASSWORD_CONTAINS_NAME']);

export function CreateAdminStep({ onCreated, standalone = false }: CreateAdminStepProps) {
  const createFirstAdmin = useAuthStore((s) => s.createFirstAdmin);
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const { draft, errors, onChange: onSecretChange, validate: validateSecret } = useNewSecret('password');
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState<IpcError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const usernameRef = useRef<HTMLInputElement>(null);
  const displayNameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);

  async function submit() {
    if (busy) return;
    setError(null);
    setAttempt((n) => n + 1);
    const found: Problems = {};
    if (!Username.safeParse(username).success) found.username = USERNAME_RULE;
    if (displayName.trim() === '') found.displayName = 'Enter the name people know you by.';
    const secretErrors = validateSecret();
    setProblems(found);
    if (found.username) return usernameRef.current?.focus();
    if (found.displayName) return displayNameRef.current?.focus();
    if (secretErrors.secret) return passwordRef.current?.focus();
    if (secretErrors.confirm) return confirmRef.current?.focus();
    setBusy(true);
    const failed = await createFirstAdmin({ username, displayName: displayName.trim(), password: draft.secret });
    setBusy(false);
    if (failed) {
      setError(failed);
      if (PASSWORD_CODES.has(failed.code)) passwordRef.current?.focus();
      return;
    }
    onCreated();
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void submit();
  }

  return (
    <div data-testid="create-admin">
      <PageTitle>Create the administrator account</PageTitle>
      <p className="lead">
        {standalone ? 'The encrypted data is set up, but nobody can sign in yet. ' : null}
        This account manages users and security on this workstation. You sign in with it from now on; other people get
        their own accounts under Users.
      </p>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
        <Field
          ref={usernameRef}
          label="User name"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={username}
          readOnly={busy}
          error={problems.username}
          hint={USERNAME_HINT}
          onChange={(e) => setUsername(e.target.value)}
        />
        <Field
          ref={displayNameRef}
          label="Display name"
          autoComplete="name"
          value={displayName}
          readOnly={busy}
          error={problems.displayName}
          hint="Shown in the header and next to what you change."
          onChange={(e) => setDisplayName(e.target.value)}
        />
        <NewSecretFields
          noun="password"
          value={draft}
          onChange={onSecretChange}
          errors={errors}
          label="Password"
          confirmLabel="Confirm password"
          readOnly={busy}
          secretRef={passwordRef}
          confirmRef={confirmRef}
        />
        <ErrorMessage key={`attempt-${attempt}`} error={error} />
        <StatusMessage message={busy ? 'Creating the account and signing you in…' : ''} />
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Creating the account…">
            Create administrator
          </Button>
        </div>
      </form>
    </div>
  );
}

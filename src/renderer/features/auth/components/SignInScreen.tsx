// Owns signing in: user name and password, Enter submits, a busy state while main checks the
// password (bcrypt takes a moment), and main's answer shown as it is ("Invalid credentials.",
// locked out). Main never says whether the user name exists; neither does this screen.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { IpcError } from '../../../../shared/contract';
import { Banner, Button, ErrorMessage, Field, PageTitle, StatusMessage } from '../../../ui';
import { useAuthStore } from '../store/auth.store';

export function SignInScreen() {
  const login = useAuthStore((s) => s.login);
  const endedBecause = useAuthStore((s) => s.endedBecause);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Pick<IpcError, 'message'> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    usernameRef.current?.focus();
  }, []);

  async function submit() {
    if (busy) return;
    setAttempt((n) => n + 1);
    if (username.trim() === '') {
      setError({ message: 'Enter your user name.' });
      usernameRef.current?.focus();
      return;
    }
    if (password === '') {
      setError({ message: 'Enter your password.' });
      passwordRef.current?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    const failed = await login(username.trim(), password);
    if (!failed) return; // the app moves on
    setBusy(false);
    setError(failed);
    setPassword('');
    passwordRef.current?.focus();
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void submit();
  }

  return (
    <div className="sign-in" data-testid="sign-in">
      <PageTitle focusOnMount={false}>Sign in</PageTitle>
      <p className="lead">Sign in with the account your administrator gave you.</p>
      {endedBecause && !error ? (
        <Banner tone="info" testId="session-ended">
          {endedBecause.message}
        </Banner>
      ) : null}
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
        <Field
          ref={usernameRef}
          label="User name"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={username}
          readOnly={busy}
          onChange={(e) => setUsername(e.target.value)}
        />
        <Field
          ref={passwordRef}
          label="Password"
          type="password"
          autoComplete="current-password"
          spellCheck={false}
          value={password}
          readOnly={busy}
          onChange={(e) => setPassword(e.target.value)}
        />
        <ErrorMessage key={`attempt-${attempt}`} error={error} />
        <StatusMessage message={busy ? 'Checking your password…' : ''} />
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Signing in…">
            Sign in
          </Button>
        </div>
      </form>
      <p className="field-hint">Forgot your password? An administrator can set a temporary one for you.</p>
    </div>
  );
}

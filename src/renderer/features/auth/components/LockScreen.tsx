// Owns the session lock screen. It is drawn over the app, which stays mounted underneath (inert
// and hidden from assistive technology), so a half-filled form is still there after unlocking.
// Only the signed-in person's password unlocks; anyone else can only sign them out.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { IpcError } from '../../../../shared/contract';
import type { SessionInfo } from '../../../../shared/domain';
import { roleLabel } from '../../../lib/roles';
import { Button, ErrorMessage, Field, PageTitle, StatusMessage } from '../../../ui';
import { useAuthStore } from '../store/auth.store';

export function LockScreen({ session }: { session: SessionInfo }) {
  const unlock = useAuthStore((s) => s.unlock);
  const logout = useAuthStore((s) => s.logout);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const [error, setError] = useState<Pick<IpcError, 'message'> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const fieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    fieldRef.current?.focus();
  }, []);

  async function submit() {
    if (busy || signingOut) return;
    setAttempt((n) => n + 1);
    if (password === '') {
      setError({ message: 'Enter your password.' });
      fieldRef.current?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    const failed = await unlock(password);
    if (!failed) return; // the app comes back as it was
    setBusy(false);
    setError(failed);
    setPassword('');
    fieldRef.current?.focus();
  }

  async function signOut() {
    setSigningOut(true);
    setError(null);
    const failed = await logout();
    if (!failed) return;
    setSigningOut(false);
    setError(failed);
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void submit();
  }

  return (
    <div className="lock-screen" data-testid="lock-screen">
      <PageTitle focusOnMount={false}>Locked — enter your password to continue</PageTitle>
      <p className="lead">
        Signed in as <strong data-testid="locked-user">{session.displayName}</strong> ({session.username},{' '}
        {roleLabel[session.role]}). Your work is kept as it was.
      </p>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
        <Field
          ref={fieldRef}
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
          <Button type="submit" variant="primary" busy={busy} busyLabel="Unlocking…" disabled={signingOut}>
            Unlock
          </Button>
          <Button variant="secondary" busy={signingOut} busyLabel="Signing out…" disabled={busy} onClick={() => void signOut()}>
            Sign out
          </Button>
        </div>
      </form>
      <p className="field-hint">Signing out discards anything not yet saved.</p>
    </div>
  );
}

// Owns the forced password change: an account created or reset by an administrator carries a
// temporary password, and main allows nothing else until its owner chooses their own.
import { useState } from 'react';
import type { IpcError } from '../../../../shared/contract';
import type { SessionInfo } from '../../../../shared/domain';
import { Button, ErrorMessage, PageTitle } from '../../../ui';
import { useAuthStore } from '../store/auth.store';
import { ChangePasswordForm } from './ChangePasswordForm';

export function ChangePasswordScreen({ session }: { session: SessionInfo }) {
  const logout = useAuthStore((s) => s.logout);
  const [signingOut, setSigningOut] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);

  async function signOut() {
    setSigningOut(true);
    const failed = await logout();
    if (!failed) return;
    setSigningOut(false);
    setError(failed);
  }

  return (
    <div className="change-password" data-testid="forced-password-change">
      <PageTitle>Choose a new password</PageTitle>
      <p className="lead">
        Welcome, {session.displayName}. You signed in with a temporary password; choose your own to continue. Nobody else,
        administrators included, will know it.
      </p>
      <ChangePasswordForm currentLabel="Temporary password" onChanged={() => undefined} />
      <ErrorMessage error={error} />
      <div className="actions">
        <Button variant="quiet" busy={signingOut} busyLabel="Signing out…" onClick={() => void signOut()}>
          Sign out
        </Button>
      </div>
    </div>
  );
}

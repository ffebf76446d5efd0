// The renderer's root: reads vault.status, then routes by it — setup wizard (ending with the first
// administrator), unlock screen, or, once the vault is open, by auth.status — first administrator,
// sign-in, or the signed-in app (with the lock screen over it while the session is locked).
// Feature screens are composed here and nowhere else.
import { useEffect, useState } from 'react';
import { errorMessages } from '../../shared/contract';
import { onEvent } from '../api/client';
import { resetAuditStore } from '../features/audit';
import { CreateAdminStep, SignInScreen, useAuthStore } from '../features/auth';
import { resetUsersStore } from '../features/users';
import { SetupWizard, UnlockScreen, useVaultStore } from '../features/vault';
import { Button, ErrorMessage, PageTitle } from '../ui';
import { PublicLayout } from './PublicLayout';
import { followRefusals } from './refusals';
import { SignedIn } from './SignedIn';

export function App() {
  const status = useVaultStore((s) => s.status);
  const statusError = useVaultStore((s) => s.statusError);
  const refresh = useVaultStore((s) => s.refresh);
  const authLoaded = useAuthStore((s) => s.loaded);
  const session = useAuthStore((s) => s.session);
  const usersExist = useAuthStore((s) => s.usersExist);
  const authError = useAuthStore((s) => s.statusError);
  const refreshAuth = useAuthStore((s) => s.refresh);
  const forgetAuth = useAuthStore((s) => s.forget);

  const [booted, setBooted] = useState(false);
  const [retrying, setRetrying] = useState(false);
  // Stays true from the moment setup is offered until the wizard is finished, so the wizard is not
  // torn down when vault.setup turns the state to 'unlocked' half-way through.
  const [inWizard, setInWizard] = useState(false);
  // The keyring is tried automatically at start only; after any lock the person chooses.
  const [autoKeychain, setAutoKeychain] = useState(true);

  const vaultState = status?.state;
  const userId = session?.userId ?? null;

  useEffect(() => {
    void refresh().finally(() => setBooted(true));
  }, [refresh]);

  useEffect(() => {
    if (vaultState === 'uninitialized') setInWizard(true);
    if (vaultState === 'unlocked') setAutoKeychain(false);
  }, [vaultState]);

  // Accounts can be read only while the vault is open; a locked vault ended every session.
  useEffect(() => {
    if (vaultState === 'unlocked') void refreshAuth();
    else forgetAuth();
  }, [vaultState, refreshAuth, forgetAuth]);

  // Another person's data must not linger after a sign-out or a change of user.
  useEffect(() => {
    resetUsersStore();
    resetAuditStore();
  }, [userId]);

  useEffect(() => followRefusals(), []);

  // Locks that happen elsewhere arrive as events: the vault (an administrator, another window) or
  // sessions (the OS lock screen, main's idle timer). Each window re-reads its own state.
  useEffect(() => {
    try {
      return onEvent((event) => {
        if (event.type === 'vault.stateChanged') {
          void refresh();
          if (event.state === 'unlocked') void refreshAuth();
        } else if (event.type === 'session.locked') {
          void refreshAuth();
        }
      });
    } catch {
      return undefined; // no bridge: the start-up screen already says so
    }
  }, [refresh, refreshAuth]);

  async function retry() {
    setRetrying(true);
    await refresh();
    if (useVaultStore.getState().status?.state === 'unlocked') await refreshAuth();
    setRetrying(false);
  }

  if (!booted) {
    return (
      <PublicLayout>
        <PageTitle focusOnMount={false}>Opening Residency Scheduler…</PageTitle>
      </PublicLayout>
    );
  }

  if (!status) {
    return (
      <PublicLayout>
        <PageTitle>Residency Scheduler could not start</PageTitle>
        <ErrorMessage error={statusError} />
        <div className="actions">
          <Button variant="primary" busy={retrying} busyLabel="Trying again…" onClick={() => void retry()}>
            Try again
          </Button>
        </div>
      </PublicLayout>
    );
  }

  if (status.state === 'uninitialized' || inWizard) {
    return (
      <PublicLayout>
        <SetupWizard
          onFinish={() => setInWizard(false)}
          finalStep={{ label: 'Administrator account', render: (done) => <CreateAdminStep onCreated={done} /> }}
        />
      </PublicLayout>
    );
  }

  if (status.state === 'damaged') {
    return (
      <PublicLayout>
        <PageTitle>The vault cannot be opened</PageTitle>
        <p>{errorMessages.ERR_VAULT_SLOT_FILE_TAMPERED}</p>
        <p>
          Your data has not been touched. An administrator can copy a saved <code>vault.json</code> back into the data folder,
          or restore from an encrypted backup with the recovery code, and then restart the application.
        </p>
      </PublicLayout>
    );
  }

  if (status.state === 'locked') {
    return (
      <PublicLayout>
        <UnlockScreen autoKeychain={autoKeychain} />
      </PublicLayout>
    );
  }

  if (!authLoaded) {
    return (
      <PublicLayout>
        {authError ? (
          <>
            <PageTitle>Residency Scheduler could not check who is signed in</PageTitle>
            <ErrorMessage error={authError} />
            <div className="actions">
              <Button variant="primary" busy={retrying} busyLabel="Trying again…" onClick={() => void retry()}>
                Try again
              </Button>
            </div>
          </>
        ) : (
          <PageTitle focusOnMount={false}>Opening Residency Scheduler…</PageTitle>
        )}
      </PublicLayout>
    );
  }

  if (usersExist === false) {
    return (
      <PublicLayout>
        <CreateAdminStep standalone onCreated={() => undefined} />
      </PublicLayout>
    );
  }

  if (!session) {
    return (
      <PublicLayout>
        <SignInScreen />
      </PublicLayout>
    );
  }

  return <SignedIn status={status} session={session} />;
}

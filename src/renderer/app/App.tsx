// The renderer's root: reads vault.status once, then routes by its state — setup wizard, unlock
// screen, or the unlocked frame. Feature screens are composed here and nowhere else.
import { useEffect, useState } from 'react';
import { errorMessages, type IpcError } from '../../shared/contract';
import { onEvent } from '../api/client';
import { SetupWizard, UnlockScreen, useVaultStore } from '../features/vault';
import { Button, ErrorMessage, PageTitle } from '../ui';
import { AppFrame } from './AppFrame';
import { PublicLayout } from './PublicLayout';

export function App() {
  const status = useVaultStore((s) => s.status);
  const statusError = useVaultStore((s) => s.statusError);
  const refresh = useVaultStore((s) => s.refresh);
  const lock = useVaultStore((s) => s.lock);

  const [booted, setBooted] = useState(false);
  const [retrying, setRetrying] = useState(false);
  // Stays true from the moment setup is offered until the wizard is finished, so the wizard is not
  // torn down when vault.setup turns the state to 'unlocked' half-way through.
  const [inWizard, setInWizard] = useState(false);
  // The keyring is tried automatically at start only; after "Lock now" the person chooses.
  const [autoKeychain, setAutoKeychain] = useState(true);
  const [locking, setLocking] = useState(false);
  const [lockError, setLockError] = useState<IpcError | null>(null);

  useEffect(() => {
    void refresh().finally(() => setBooted(true));
  }, [refresh]);

  useEffect(() => {
    if (status?.state === 'uninitialized') setInWizard(true);
  }, [status?.state]);

  // Locks that happen elsewhere (OS lock screen, idle timer, another window) arrive as events.
  useEffect(() => {
    try {
      return onEvent((event) => {
        if (event.type === 'vault.stateChanged') {
          if (event.state === 'locked') setAutoKeychain(false);
          void refresh();
        }
      });
    } catch {
      return undefined; // no bridge: the start-up screen already says so
    }
  }, [refresh]);

  async function lockNow() {
    setAutoKeychain(false);
    setLocking(true);
    setLockError(null);
    const failed = await lock();
    setLocking(false);
    setLockError(failed);
  }

  async function retry() {
    setRetrying(true);
    await refresh();
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
        <SetupWizard onFinish={() => setInWizard(false)} />
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

  return <AppFrame status={status} onLock={() => void lockNow()} locking={locking} lockError={lockError} />;
}

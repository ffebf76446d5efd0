// Owns unlocking. With a keyring slot and a working keyring it tries the keyring once on arrival
// (when the app asks it to); otherwise, or when that fails, it offers the passphrase and the
// recovery code, saying exactly why the keyring did not work.
import { useEffect, useRef, useState } from 'react';
import { errorMessages, type IpcError } from '../../../../shared/contract';
import { Banner, Button, PageTitle, StatusMessage } from '../../../ui';
import { canUnlockWithKeychain, hasSlotOfKind, manualUnlockMethods } from '../store/selectors';
import { useVaultStore } from '../store/vault.store';
import { ManualUnlockForm } from './ManualUnlockForm';

export interface UnlockScreenProps {
  /** Try the system keyring as soon as the screen appears (at start; not right after "Lock now"). */
  autoKeychain: boolean;
}

export function UnlockScreen({ autoKeychain }: UnlockScreenProps) {
  const status = useVaultStore((s) => s.status);
  const unlock = useVaultStore((s) => s.unlock);
  const keychainUsable = status ? canUnlockWithKeychain(status) : false;
  const [trying, setTrying] = useState(autoKeychain && keychainUsable);
  const [keychainError, setKeychainError] = useState<IpcError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const autoTried = useRef(false);

  async function tryKeychain() {
    setTrying(true);
    setKeychainError(null);
    setAttempt((n) => n + 1);
    const failed = await unlock({ method: 'keychain' });
    // On success the app leaves this screen; on failure the manual options appear.
    if (failed) {
      setKeychainError(failed);
      setTrying(false);
    }
  }

  useEffect(() => {
    if (autoTried.current || !autoKeychain || !keychainUsable) return;
    autoTried.current = true;
    void tryKeychain();
    // Once, on arrival.
  }, []);

  if (!status) return null;
  const methods = manualUnlockMethods(status);
  const keychainProblem =
    hasSlotOfKind(status, 'os-keychain') && !status.keychain.available
      ? errorMessages[status.keychain.problem ?? 'ERR_KEYCHAIN_UNAVAILABLE']
      : null;

  return (
    <div className="unlock">
      <PageTitle focusOnMount={false}>Unlock Residency Scheduler</PageTitle>
      <p className="lead">The data on this workstation is encrypted and locked.</p>

      <StatusMessage message={trying ? 'Unlocking with the system keyring…' : ''} className={trying ? 'status-busy' : undefined} />

      {keychainError ? (
        <Banner key={`attempt-${attempt}`} tone="error" role="alert" title="The system keyring did not unlock the data">
          {keychainError.message}
        </Banner>
      ) : null}
      {keychainProblem ? (
        <Banner tone="info" title="The system keyring can’t be used" testId="keychain-problem">
          {keychainProblem}
        </Banner>
      ) : null}

      {trying ? null : (
        <>
          {keychainUsable ? (
            <div className="actions">
              <Button variant={methods.length > 0 ? 'secondary' : 'primary'} onClick={() => void tryKeychain()}>
                Unlock with the system keyring
              </Button>
            </div>
          ) : null}
          {methods.length > 0 ? (
            <ManualUnlockForm methods={methods} />
          ) : (
            <p className="field-hint">This vault opens only with the system keyring.</p>
          )}
        </>
      )}
    </div>
  );
}

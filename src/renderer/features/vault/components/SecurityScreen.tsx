// Owns the Security screen (administrators): confirm the recovery code (while unconfirmed), the
// list of unlock methods, adding the system keyring, changing the passphrase, and locking the vault.
import { useRef, useState } from 'react';
import { errorMessages, type IpcError } from '../../../../shared/contract';
import { Banner, Button, ErrorMessage, PageTitle, StatusMessage } from '../../../ui';
import { canAddKeychainSlot, hasSlotOfKind } from '../store/selectors';
import { useVaultStore } from '../store/vault.store';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { ConfirmRecoveryForm } from './ConfirmRecoveryForm';
import { SlotList } from './SlotList';

export interface SecurityScreenProps {
  /** Arrived from Home's "Confirm recovery code": put the cursor in the code field. */
  focusRecovery?: boolean;
}

export function SecurityScreen({ focusRecovery = false }: SecurityScreenProps) {
  const status = useVaultStore((s) => s.status);
  const addKeychainSlot = useVaultStore((s) => s.addKeychainSlot);
  const lockVault = useVaultStore((s) => s.lock);
  const [locking, setLocking] = useState(false);
  const [lockError, setLockError] = useState<IpcError | null>(null);
  const [notice, setNotice] = useState('');
  const [addBusy, setAddBusy] = useState(false);
  const [addError, setAddError] = useState<IpcError | null>(null);
  const slotsHeading = useRef<HTMLHeadingElement>(null);

  if (!status) return null;
  const hasKeychain = hasSlotOfKind(status, 'os-keychain');
  const showRecovery = !status.recoveryConfirmed && hasSlotOfKind(status, 'recovery');

  async function addKeychain() {
    setAddBusy(true);
    setAddError(null);
    setNotice('');
    const failed = await addKeychainSlot();
    setAddBusy(false);
    if (failed) setAddError(failed);
    else setNotice('System keyring added. This workstation can now unlock from the keyring.');
  }

  async function lock() {
    setLocking(true);
    setLockError(null);
    const failed = await lockVault();
    // On success the app leaves this screen for the unlock screen.
    if (failed) {
      setLocking(false);
      setLockError(failed);
    }
  }

  return (
    <div className="screen">
      <PageTitle focusOnMount={!(focusRecovery && showRecovery)}>Security</PageTitle>
      <p className="lead">How the encrypted data on this workstation is unlocked.</p>
      <StatusMessage message={notice} className={notice ? 'status-success' : undefined} />

      {showRecovery ? (
        <section className="panel">
          <h2 id="security-recovery">Confirm your recovery code</h2>
          <Banner tone="warning" title="Not confirmed yet">
            Type the code from your recovery sheet to prove it was written down correctly. It is the only way back in
            if the keyring or the passphrase is lost.
          </Banner>
          <ConfirmRecoveryForm autoFocus={focusRecovery} onConfirmed={() => setNotice('Recovery code confirmed.')} />
        </section>
      ) : null}

      <section className="panel">
        <h2 id="security-slots" ref={slotsHeading} tabIndex={-1}>
          Unlock methods
        </h2>
        <SlotList status={status} onRemoved={setNotice} fallbackFocus={() => slotsHeading.current} />
        {!hasKeychain && canAddKeychainSlot(status) ? (
          <div className="actions">
            <Button variant="secondary" busy={addBusy} busyLabel="Adding…" onClick={() => void addKeychain()}>
              Add system keyring
            </Button>
          </div>
        ) : null}
        {!hasKeychain && !status.keychain.available ? (
          <p className="field-hint" data-testid="keychain-problem">
            System keyring: {errorMessages[status.keychain.problem ?? 'ERR_KEYCHAIN_UNAVAILABLE']}
          </p>
        ) : null}
        <ErrorMessage error={addError} />
      </section>

      <section className="panel">
        <h2 id="security-passphrase">Change passphrase</h2>
        <ChangePassphraseForm hasPassphrase={hasSlotOfKind(status, 'passphrase')} onChanged={setNotice} />
      </section>

      <section className="panel">
        <h2 id="security-lock">Lock the vault</h2>
        <p>
          Closes the encrypted data on this workstation and signs everyone out. It opens again with one of the unlock
          methods above, and then each person signs in again. To step away for a moment, use “Lock” at the top instead.
        </p>
        <ErrorMessage error={lockError} />
        <div className="actions">
          <Button variant="secondary" busy={locking} busyLabel="Locking the vault…" onClick={() => void lock()}>
            Lock vault
          </Button>
        </div>
      </section>
    </div>
  );
}

// Owns the list of unlock methods (keyslots) and removing one, behind a confirmation dialog.
import { useId, useState } from 'react';
import { errorMessages, type IpcError, type SlotKind, type SlotSummary, type VaultStatus } from '../../../../shared/contract';
import { Button, ConfirmDialog } from '../../../ui';
import { slotsAreRemovable } from '../store/selectors';
import { useVaultStore } from '../store/vault.store';
import { formatDate, slotKindLabel } from './labels';

const REMOVE_CONSEQUENCE: Record<SlotKind, string> = {
  'os-keychain':
    'This workstation will no longer unlock from the system keyring. You will need the passphrase or the recovery code.',
  passphrase: 'The passphrase will stop opening the data. You can set a new one later under “Change passphrase”.',
  recovery:
    'The recovery code will stop opening the data. If the keyring and the passphrase are then lost, nothing can recover the data.',
  'safe-storage': 'Electron safe storage will no longer unlock the data.',
};

export interface SlotListProps {
  status: VaultStatus;
  onRemoved: (message: string) => void;
  /** Focus target after a removal, when the row that opened the dialog is gone. */
  fallbackFocus: () => HTMLElement | null;
}

export function SlotList({ status, onRemoved, fallbackFocus }: SlotListProps) {
  const removeSlot = useVaultStore((s) => s.removeSlot);
  const [pending, setPending] = useState<SlotSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const removable = slotsAreRemovable(status);
  const lastSlotHint = useId();

  async function confirmRemove() {
    if (!pending || busy) return;
    setBusy(true);
    setError(null);
    const failed = await removeSlot(pending.id);
    setBusy(false);
    if (failed) {
      setError(failed);
      return;
    }
    const label = slotKindLabel[pending.kind];
    setPending(null);
    onRemoved(`${label} removed. It no longer unlocks this workstation’s data.`);
  }

  return (
    <>
      <ul className="slot-list" data-testid="slot-list">
        {status.slots.map((slot) => {
          const label = slotKindLabel[slot.kind];
          return (
            <li key={slot.id} className="slot">
              <div className="slot-main">
                <p className="slot-name">
                  {label}
                  {slot.kind === 'recovery' ? (
                    <span className={status.recoveryConfirmed ? 'badge badge-ok' : 'badge badge-warn'}>
                      {status.recoveryConfirmed ? 'Confirmed' : 'Not confirmed'}
                    </span>
                  ) : null}
                </p>
                <dl className="slot-meta">
                  <div>
                    <dt>Created</dt>
                    <dd>{formatDate(slot.createdAt)}</dd>
                  </div>
                  <div>
                    <dt>Backend</dt>
                    <dd className="mono">{slot.backend}</dd>
                  </div>
                </dl>
              </div>
              <Button
                variant="secondary"
                disabled={!removable}
                aria-describedby={removable ? undefined : lastSlotHint}
                onClick={() => {
                  setError(null);
                  setPending(slot);
                }}
              >
                Remove<span className="visually-hidden"> {label}</span>
              </Button>
            </li>
          );
        })}
      </ul>
      {!removable ? (
        <p id={lastSlotHint} className="field-hint">
          {errorMessages.ERR_VAULT_LAST_SLOT}
        </p>
      ) : null}

      {pending ? (
        <ConfirmDialog
          title={`Remove ${slotKindLabel[pending.kind].toLowerCase()}?`}
          confirmLabel="Remove"
          busyLabel="Removing…"
          tone="danger"
          busy={busy}
          error={error?.message}
          onConfirm={() => void confirmRemove()}
          onCancel={() => setPending(null)}
          fallbackFocus={fallbackFocus}
        >
          <p>{REMOVE_CONSEQUENCE[pending.kind]}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

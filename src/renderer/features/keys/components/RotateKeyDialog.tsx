// Owns rotating a key (keys.rotate): a new version takes over; this one keeps reading what it made
// (rotating), or is retired at once (inactive) when the person asks.
import { useRef, useState } from 'react';
import type { IpcError } from '../../../../shared/contract';
import type { ManagedKey } from '../../../../shared/domain';
import { Button, CheckboxField, Dialog } from '../../../ui';
import { keyErrorText } from '../store/key-errors';
import { useKeysStore } from '../store/keys.store';

export interface RotateKeyDialogProps {
  keyView: ManagedKey;
  onDone: (message: string) => void;
  onCancel: () => void;
}

export function RotateKeyDialog({ keyView: key, onDone, onCancel }: RotateKeyDialogProps) {
  const rotate = useKeysStore((s) => s.rotate);
  const [retire, setRetire] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  async function submit() {
    setBusy(true);
    setError(null);
    const answer = await rotate(key.id, retire);
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    onDone(`${key.name} was rotated: version ${answer.value.current.version} is now active.`);
  }

  return (
    <Dialog
      title={`Rotate ${key.name}?`}
      description={
        <p>
          Version {key.version + 1} is generated and becomes the active key. Version {key.version} stops encrypting and signing
          {retire ? ' and is retired at once' : ', but keeps decrypting and verifying what it made until you retire it'}.
        </p>
      }
      busy={busy}
      error={error ? keyErrorText('rotate', error) : undefined}
      onCancel={onCancel}
      onSubmit={() => void submit()}
      initialFocus={cancelRef}
      testId="rotate-key-dialog"
      actions={
        <>
          <Button ref={cancelRef} variant="secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" busy={busy} busyLabel="Rotating…">
            Rotate
          </Button>
        </>
      }
    >
      <CheckboxField
        label={`Retire version ${key.version} now`}
        description="Only when nothing still needs it: it will be marked inactive instead of rotating."
        checked={retire}
        disabled={busy}
        onChange={(e) => setRetire(e.target.checked)}
      />
    </Dialog>
  );
}

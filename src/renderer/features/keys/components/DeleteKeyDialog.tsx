// Owns scheduling a key's deletion (keys.delete): the person types the key's name to confirm. A
// revoked key is deleted with force, and the dialog explains why that needs saying. Deletion waits
// out main's grace period (pending deletion), during which it can be cancelled.
import { useRef, useState } from 'react';
import type { IpcError } from '../../../../shared/contract';
import type { ManagedKey } from '../../../../shared/domain';
import { formatDateTime } from '../../../lib/format';
import { Button, Dialog, Field } from '../../../ui';
import { keyErrorText } from '../store/key-errors';
import { needsForce } from '../store/selectors';
import { useKeysStore } from '../store/keys.store';

export interface DeleteKeyDialogProps {
  keyView: ManagedKey;
  onDone: (message: string) => void;
  onCancel: () => void;
}

export function DeleteKeyDialog({ keyView: key, onDone, onCancel }: DeleteKeyDialogProps) {
  const remove = useKeysStore((s) => s.remove);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const force = needsForce(key);

  async function submit() {
    if (typed !== key.name) {
      setProblem(typed === '' ? `Type ${key.name} to confirm.` : 'That is not the key’s name (it must match exactly, capitals included).');
      nameRef.current?.focus();
      return;
    }
    setProblem(undefined);
    setBusy(true);
    setError(null);
    const answer = await remove({ id: key.id, confirmName: typed, force });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    const due = answer.value.deletionDueAt;
    onDone(
      answer.value.status === 'deleted'
        ? `${key.name} version ${key.version} was deleted.`
        : `${key.name} version ${key.version} will be destroyed${due ? ` on ${formatDateTime(due)}` : ''}. Until then you can cancel the deletion.`,
    );
  }

  return (
    <Dialog
      title={`Delete ${key.name} version ${key.version}?`}
      description={
        <>
          <p>
            The key material is destroyed when the waiting period ends. Anything still encrypted or signed with this version can
            then no longer be decrypted or verified. Until then the deletion can be cancelled.
          </p>
          {force ? (
            <p data-testid="force-explanation">
              <strong>This key is revoked.</strong> Deleting a revoked key is a forced deletion: it is allowed because a revoked key
              can never be used again, so keeping its material protects nothing. Keep it instead if you may need to prove what it
              signed.
            </p>
          ) : null}
        </>
      }
      busy={busy}
      error={error ? keyErrorText('delete', error) : undefined}
      onCancel={onCancel}
      onSubmit={() => void submit()}
      initialFocus={nameRef}
      testId="delete-key-dialog"
      actions={
        <>
          <Button variant="secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" busy={busy} busyLabel="Deleting…">
            {force ? 'Force delete' : 'Delete'}
          </Button>
        </>
      }
    >
      <Field
        ref={nameRef}
        label={
          <>
            Type <span className="mono">{key.name}</span> to confirm
          </>
        }
        autoComplete="off"
        spellCheck={false}
        value={typed}
        disabled={busy}
        error={problem}
        onChange={(e) => setTyped(e.target.value)}
      />
    </Dialog>
  );
}

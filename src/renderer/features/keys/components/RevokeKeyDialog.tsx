// Owns revoking a key (keys.revoke): a reason is required, a comment is optional. Revocation is
// final — the key is never usable again — so the dialog says so and starts on Cancel.
import { useRef, useState } from 'react';
import type { IpcError } from '../../../../shared/contract';
import { RevocationReason, type ManagedKey } from '../../../../shared/domain';
import { Button, Dialog, SelectField } from '../../../ui';
import { keyErrorText } from '../store/key-errors';
import { REASON_OPTIONS } from '../store/labels';
import { useKeysStore } from '../store/keys.store';

export interface RevokeKeyDialogProps {
  keyView: ManagedKey;
  onDone: (message: string) => void;
  onCancel: () => void;
}

export function RevokeKeyDialog({ keyView: key, onDone, onCancel }: RevokeKeyDialogProps) {
  const revoke = useKeysStore((s) => s.revoke);
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const reasonRef = useRef<HTMLSelectElement>(null);

  async function submit() {
    const parsed = RevocationReason.safeParse(reason);
    if (!parsed.success) {
      setProblem('Choose why the key is revoked.');
      reasonRef.current?.focus();
      return;
    }
    setProblem(undefined);
    setBusy(true);
    setError(null);
    const answer = await revoke({ id: key.id, reason: parsed.data, ...(comment.trim() ? { comment: comment.trim() } : {}) });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    onDone(`${key.name} version ${key.version} was revoked and can no longer be used.`);
  }

  return (
    <Dialog
      title={`Revoke ${key.name} version ${key.version}?`}
      description={
        <p>
          A revoked key can never be used again — not even to decrypt or verify what it made. This cannot be undone. If data is
          still protected by it, rotate the key first and re-encrypt that data.
        </p>
      }
      busy={busy}
      error={error ? keyErrorText('revoke', error) : undefined}
      onCancel={onCancel}
      onSubmit={() => void submit()}
      initialFocus={cancelRef}
      testId="revoke-key-dialog"
      actions={
        <>
          <Button ref={cancelRef} variant="secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" busy={busy} busyLabel="Revoking…">
            Revoke
          </Button>
        </>
      }
    >
      <SelectField
        ref={reasonRef}
        label="Reason"
        options={[{ value: '', label: 'Choose a reason…' }, ...REASON_OPTIONS]}
        value={reason}
        disabled={busy}
        error={problem}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="field">
        <label htmlFor={`revoke-comment-${key.id}`} className="field-label">
          Comment (optional)
        </label>
        <textarea
          id={`revoke-comment-${key.id}`}
          className="field-input field-textarea"
          rows={3}
          maxLength={500}
          value={comment}
          disabled={busy}
          aria-describedby={`revoke-comment-hint-${key.id}`}
          onChange={(e) => setComment(e.target.value)}
        />
        <p id={`revoke-comment-hint-${key.id}`} className="field-hint">
          Kept with the key, not in the audit trail. Up to 500 characters.
        </p>
      </div>
    </Dialog>
  );
}

// Owns the publish confirmation: what will be published (pending changes, current errors and
// warnings), a note for the version, and — when the draft still breaks rules — an explicit
// acknowledgement before "Publish" does anything.
import { useId, useRef, useState } from 'react';
import type { FindingSummary } from '../../../../shared/domain';
import { Button, CheckboxField, Dialog } from '../../../ui';
import { count } from '../store/findings';

export interface PublishDialogProps {
  summary: FindingSummary;
  pendingChanges: number;
  busy: boolean;
  error: string | null;
  onPublish: (note: string) => void;
  onCancel: () => void;
}

const NOTE_MAX = 500;

export function PublishDialog({ summary, pendingChanges, busy, error, onPublish, onCancel }: PublishDialogProps) {
  const [note, setNote] = useState('');
  const [acknowledged, setAcknowledged] = useState(false);
  const [problem, setProblem] = useState('');
  const noteId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const needsAck = summary.errors > 0;

  function submit() {
    if (needsAck && !acknowledged) {
      setProblem('Tick the box to confirm you are publishing a schedule that breaks rules.');
      return;
    }
    onPublish(note.trim());
  }

  return (
    <Dialog
      title="Publish this schedule?"
      busy={busy}
      error={error ?? undefined}
      onCancel={onCancel}
      onSubmit={submit}
      initialFocus={cancelRef}
      testId="publish-dialog"
      description={
        <>
          <p>
            Publishing freezes the draft as a new version ({count(pendingChanges, 'change', 'changes')} since the last one). Published dates that have passed can no
            longer be edited.
          </p>
          <p data-testid="publish-counts">
            The draft has <strong>{count(summary.errors, 'error', 'errors')}</strong> and <strong>{count(summary.warnings, 'warning', 'warnings')}</strong>.
          </p>
        </>
      }
      actions={
        <>
          <Button ref={cancelRef} variant="secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button variant={needsAck ? 'danger' : 'primary'} type="submit" busy={busy} busyLabel="Publishing…" disabled={needsAck && !acknowledged}>
            {needsAck ? 'Publish with errors' : 'Publish'}
          </Button>
        </>
      }
    >
      <div className="field">
        <label htmlFor={noteId} className="field-label">
          Note for this version (optional)
        </label>
        <textarea
          id={noteId}
          className="field-input publish-note"
          rows={3}
          maxLength={NOTE_MAX}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      {needsAck ? (
        <CheckboxField
          label={`I understand the schedule has ${count(summary.errors, 'error', 'errors')} and want to publish it anyway`}
          description="Residents and faculty will see a schedule that breaks duty-hour or coverage rules."
          checked={acknowledged}
          onChange={(e) => {
            setAcknowledged(e.target.checked);
            setProblem('');
          }}
        />
      ) : null}
      {problem ? <p className="field-error">{problem}</p> : null}
    </Dialog>
  );
}

// Owns changing who may use a key (keys.setPolicy). main applies it to every live version of the
// key's chain, which the dialog says.
import { useState } from 'react';
import type { IpcError } from '../../../../shared/contract';
import type { ManagedKey, User } from '../../../../shared/domain';
import { Button, Dialog } from '../../../ui';
import { keyErrorText } from '../store/key-errors';
import { useKeysStore } from '../store/keys.store';
import { draftOfPolicy, policyOf, PolicyFields, type PolicyDraft } from './PolicyFields';

export interface PolicyDialogProps {
  keyView: ManagedKey;
  users: readonly Pick<User, 'id' | 'username' | 'displayName'>[] | null;
  onDone: (message: string) => void;
  onCancel: () => void;
}

export function PolicyDialog({ keyView: key, users, onDone, onCancel }: PolicyDialogProps) {
  const setPolicy = useKeysStore((s) => s.setPolicy);
  const [draft, setDraft] = useState<PolicyDraft>(() => draftOfPolicy(key.policy));
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);

  async function submit() {
    const p = policyOf(draft);
    if ('problem' in p) return setProblem(p.problem);
    setProblem(undefined);
    setBusy(true);
    setError(null);
    const answer = await setPolicy({ id: key.id, policy: p.policy });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    onDone(`The access policy of ${key.name} was saved for every version.`);
  }

  return (
    <Dialog
      title={`Access policy of ${key.name}`}
      description={<p>The policy applies to every version of this key that is not deleted.</p>}
      busy={busy}
      error={error ? keyErrorText('policy', error) : undefined}
      onCancel={onCancel}
      onSubmit={() => void submit()}
      testId="policy-dialog"
      actions={
        <>
          <Button variant="secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
            Save policy
          </Button>
        </>
      }
    >
      <PolicyFields value={draft} onChange={setDraft} users={users} problem={problem} disabled={busy} />
    </Dialog>
  );
}

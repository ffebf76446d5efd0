// Owns changing a user's role and, for the program-scoped roles, their programs (users.update).
import { useRef, useState } from 'react';
import type { IpcError } from '../../../../shared/contract';
import { Role, type Program, type User } from '../../../../shared/domain';
import { isProgramScoped, roleDescription } from '../../../lib/roles';
import { Button, Dialog, SelectField } from '../../../ui';
import { programIdsFor } from '../store/selectors';
import { useUsersStore } from '../store/users.store';
import { ProgramPicker } from './ProgramPicker';
import { ROLE_OPTIONS } from './roleOptions';

export interface ChangeRoleDialogProps {
  user: User;
  programs: readonly Program[];
  isSelf: boolean;
  onDone: (message: string) => void;
  onCancel: () => void;
}

export function ChangeRoleDialog({ user, programs, isSelf, onDone, onCancel }: ChangeRoleDialogProps) {
  const update = useUsersStore((s) => s.update);
  const [role, setRole] = useState<Role>(user.role);
  const [programIds, setProgramIds] = useState<string[]>(user.programIds);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const selectRef = useRef<HTMLSelectElement>(null);

  async function save() {
    setBusy(true);
    setError(null);
    const failed = await update({ userId: user.id, role, programIds: programIdsFor(role, programIds) });
    setBusy(false);
    if (failed) {
      setError(failed);
      return;
    }
    onDone(`${user.username}’s role and programs were saved.`);
  }

  return (
    <Dialog
      title={`Change role for ${user.username}`}
      description={
        <p>
          {user.displayName}’s role decides what they may do.
          {isSelf ? ' This is your own account: if you stop being an administrator, you lose access to this screen.' : ''}
        </p>
      }
      busy={busy}
      error={error?.message}
      onCancel={onCancel}
      onSubmit={() => void save()}
      initialFocus={selectRef}
      testId="change-role-dialog"
      actions={
        <>
          <Button variant="secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
            Save
          </Button>
        </>
      }
    >
      <SelectField
        ref={selectRef}
        label="Role"
        options={ROLE_OPTIONS}
        value={role}
        disabled={busy}
        hint={roleDescription[role]}
        onChange={(e) => setRole(Role.parse(e.target.value))}
      />
      {isProgramScoped(role) ? <ProgramPicker programs={programs} value={programIds} onChange={setProgramIds} disabled={busy} /> : null}
    </Dialog>
  );
}

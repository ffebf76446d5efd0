// Owns an administrator's password reset (users.resetPassword): a temporary password the person
// must change at their next sign-in; any session they have ends.
import { useRef, useState } from 'react';
import type { IpcError } from '../../../../shared/contract';
import type { User } from '../../../../shared/domain';
import { Button, Dialog, NewSecretFields, useNewSecret } from '../../../ui';
import { useUsersStore } from '../store/users.store';

export interface ResetPasswordDialogProps {
  user: User;
  onDone: (message: string) => void;
  onCancel: () => void;
}

export function ResetPasswordDialog({ user, onDone, onCancel }: ResetPasswordDialogProps) {
  const resetPassword = useUsersStore((s) => s.resetPassword);
  const { draft, errors, onChange: onSecretChange, validate: validateSecret } = useNewSecret('password');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);

  async function save() {
    if (busy) return;
    setError(null);
    const found = validateSecret();
    if (found.secret) return passwordRef.current?.focus();
    if (found.confirm) return confirmRef.current?.focus();
    setBusy(true);
    const failed = await resetPassword({ userId: user.id, temporaryPassword: draft.secret });
    setBusy(false);
    if (failed) {
      setError(failed);
      return;
    }
    onDone(`Temporary password set for ${user.username}. Give it to them in person; they must change it when they next sign in.`);
  }

  return (
    <Dialog
      title={`Reset the password of ${user.username}`}
      description={
        <p>
          Set a temporary password for {user.displayName}. They must choose their own when they next sign in, and any
          session they have open ends now.
        </p>
      }
      busy={busy}
      error={error?.message}
      onCancel={onCancel}
      onSubmit={() => void save()}
      initialFocus={passwordRef}
      testId="reset-password-dialog"
      actions={
        <>
          <Button variant="secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
            Set temporary password
          </Button>
        </>
      }
    >
      <NewSecretFields
        noun="password"
        value={draft}
        onChange={onSecretChange}
        errors={errors}
        label="Temporary password"
        confirmLabel="Confirm temporary password"
        readOnly={busy}
        secretRef={passwordRef}
        confirmRef={confirmRef}
      />
    </Dialog>
  );
}

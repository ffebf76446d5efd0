// Owns the Users screen (administrators): the accounts on this workstation, adding one, and the
// per-account actions — role and programs, temporary password, disable (after confirmation) and
// enable. Main decides and explains refusals (e.g. the last active administrator).
import { useEffect, useRef, useState } from 'react';
import type { IpcError } from '../../../../shared/contract';
import type { User } from '../../../../shared/domain';
import { Button, ConfirmDialog, ErrorMessage, PageTitle, StatusMessage } from '../../../ui';
import { hasOtherUsers } from '../store/selectors';
import { useUsersStore } from '../store/users.store';
import { AddUserForm } from './AddUserForm';
import { ChangeRoleDialog } from './ChangeRoleDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { UsersTable, type UserAction } from './UsersTable';

export interface UsersScreenProps {
  /** The signed-in administrator's user id. */
  selfId: string;
  /** Their own account changed (role, status, password): the session must be re-read. */
  onSelfChanged?: () => void;
}

type Pending = { user: User; action: Exclude<UserAction, 'enable'> } | null;

export function UsersScreen({ selfId, onSelfChanged }: UsersScreenProps) {
  const users = useUsersStore((s) => s.users);
  const programs = useUsersStore((s) => s.programs);
  const loading = useUsersStore((s) => s.loading);
  const loadError = useUsersStore((s) => s.error);
  const load = useUsersStore((s) => s.load);
  const update = useUsersStore((s) => s.update);

  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState('');
  const [pending, setPending] = useState<Pending>(null);
  const [busy, setBusy] = useState(false);
  const [dialogError, setDialogError] = useState<IpcError | null>(null);
  const [enabling, setEnabling] = useState<string | null>(null);
  const [rowError, setRowError] = useState<IpcError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  // When the add form closes, focus returns to the button that opened it.
  const refocusAdd = useRef(false);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (adding || !refocusAdd.current) return;
    refocusAdd.current = false;
    addButtonRef.current?.focus();
  }, [adding]);

  function closeForm() {
    refocusAdd.current = true;
    setAdding(false);
  }

  function act(user: User, action: UserAction) {
    setRowError(null);
    setDialogError(null);
    if (action === 'enable') void enable(user);
    else setPending({ user, action });
  }

  async function enable(user: User) {
    setEnabling(user.id);
    setNotice('');
    setAttempt((n) => n + 1);
    const failed = await update({ userId: user.id, status: 'active' });
    setEnabling(null);
    if (failed) setRowError(failed);
    else setNotice(`${user.username} is enabled and can sign in again.`);
  }

  async function disable(user: User) {
    setBusy(true);
    setDialogError(null);
    const failed = await update({ userId: user.id, status: 'disabled' });
    setBusy(false);
    if (failed) {
      setDialogError(failed);
      return;
    }
    setPending(null);
    setNotice(`${user.username} is disabled and can no longer sign in.`);
    if (user.id === selfId) onSelfChanged?.();
  }

  function finish(message: string) {
    const changed = pending?.user.id === selfId;
    setPending(null);
    setNotice(message);
    if (changed) onSelfChanged?.();
  }

  return (
    <div className="screen screen-wide">
      <PageTitle>Users</PageTitle>
      <p className="lead">Who can sign in on this workstation, and what each of them may do.</p>
      <StatusMessage message={notice} className={notice ? 'status-success' : undefined} />
      <StatusMessage message={loading && !users ? 'Loading users…' : ''} />

      {loadError ? (
        <div className="panel">
          <ErrorMessage error={loadError} />
          <div className="actions">
            <Button onClick={() => void load()}>Try again</Button>
          </div>
        </div>
      ) : null}

      {users ? (
        <section className="panel" aria-labelledby="users-accounts">
          <h2 id="users-accounts" ref={listHeading} tabIndex={-1}>
            Accounts
          </h2>
          <UsersTable users={users} selfId={selfId} busyUserId={enabling} onAction={act} />
          <ErrorMessage key={`attempt-${attempt}`} error={rowError} />
          {!hasOtherUsers(users, selfId) ? (
            <div className="empty-note" data-testid="users-empty">
              <p>
                <strong>Only you have an account so far.</strong>
              </p>
              <p className="muted">
                Add coordinators, faculty and auditors so that each person signs in with their own account and their
                changes are recorded under their name.
              </p>
            </div>
          ) : null}
          {!adding ? (
            <div className="actions">
              <Button
                ref={addButtonRef}
                variant="primary"
                onClick={() => {
                  setNotice('');
                  setAdding(true);
                }}
              >
                Add user
              </Button>
            </div>
          ) : null}
        </section>
      ) : null}

      {users && adding ? (
        <section className="panel" aria-labelledby="users-add">
          <h2 id="users-add">Add a user</h2>
          <AddUserForm
            programs={programs ?? []}
            onAdded={(user) => {
              closeForm();
              setNotice(`${user.username} was added. They must change the temporary password when they first sign in.`);
            }}
            onCancel={closeForm}
          />
        </section>
      ) : null}

      {pending?.action === 'disable' ? (
        <ConfirmDialog
          title={`Disable ${pending.user.username}?`}
          confirmLabel="Disable"
          busyLabel="Disabling…"
          tone="danger"
          busy={busy}
          error={dialogError?.message}
          onConfirm={() => void disable(pending.user)}
          onCancel={() => setPending(null)}
          fallbackFocus={() => listHeading.current}
        >
          <p>
            {pending.user.displayName} is signed out at once and can no longer sign in. The account and its history are
            kept; you can enable it again later.
            {pending.user.id === selfId ? ' This is your own account: you will be signed out.' : ''}
          </p>
        </ConfirmDialog>
      ) : null}
      {pending?.action === 'role' ? (
        <ChangeRoleDialog
          user={pending.user}
          programs={programs ?? []}
          isSelf={pending.user.id === selfId}
          onDone={finish}
          onCancel={() => setPending(null)}
        />
      ) : null}
      {pending?.action === 'password' ? (
        <ResetPasswordDialog user={pending.user} onDone={finish} onCancel={() => setPending(null)} />
      ) : null}
    </div>
  );
}

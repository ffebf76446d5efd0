// Owns the list of accounts: who they are, their role, status, programs and last sign-in, with the
// actions an administrator can take on each row.
import type { User } from '../../../../shared/domain';
import { formatDateTime } from '../../../lib/format';
import { roleLabel } from '../../../lib/roles';
import { Button } from '../../../ui';
import { programsSummary, statusLabel } from '../store/selectors';

export type UserAction = 'role' | 'password' | 'disable' | 'enable';

export interface UsersTableProps {
  users: readonly User[];
  selfId: string;
  /** The user whose enable is in flight, if any. */
  busyUserId: string | null;
  onAction: (user: User, action: UserAction) => void;
}

const STATUS_BADGE: Record<User['status'], string> = {
  active: 'badge badge-ok',
  locked: 'badge badge-warn',
  disabled: 'badge badge-muted',
};

export function UsersTable({ users, selfId, busyUserId, onAction }: UsersTableProps) {
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="users-table">
        <caption className="visually-hidden">User accounts</caption>
        <thead>
          <tr>
            <th scope="col">User</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Programs</th>
            <th scope="col">Last sign-in</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const self = user.id === selfId;
            return (
              <tr key={user.id} data-testid={`user-row-${user.username}`}>
                <th scope="row" className="user-cell">
                  <span className="user-display-name">{user.displayName}</span>
                  <span className="user-username mono">{user.username}</span>
                  {self ? <span className="badge badge-info">You</span> : null}
                </th>
                <td className="nowrap">{roleLabel[user.role]}</td>
                <td>
                  <span className={STATUS_BADGE[user.status]}>{statusLabel[user.status]}</span>
                  {user.mustChangePassword && user.status === 'active' ? (
                    <span className="cell-note">Temporary password</span>
                  ) : null}
                </td>
                <td className="nowrap">{programsSummary(user)}</td>
                <td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : 'Never'}</td>
                <td className="actions-cell">
                  <div className="row-actions">
                    <Button variant="secondary" className="btn-small" onClick={() => onAction(user, 'role')}>
                      Change role<span className="visually-hidden"> for {user.username}</span>
                    </Button>
                    <Button variant="secondary" className="btn-small" onClick={() => onAction(user, 'password')}>
                      Reset password<span className="visually-hidden"> for {user.username}</span>
                    </Button>
                    {user.status === 'active' ? (
                      <Button variant="secondary" className="btn-small" onClick={() => onAction(user, 'disable')}>
                        Disable<span className="visually-hidden"> {user.username}</span>
                      </Button>
                    ) : (
                      <Button
                        variant="secondary"
                        className="btn-small"
                        busy={busyUserId === user.id}
                        busyLabel="Enabling…"
                        onClick={() => onAction(user, 'enable')}
                      >
                        Enable<span className="visually-hidden"> {user.username}</span>
                      </Button>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

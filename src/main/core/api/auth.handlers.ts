// Owns the answers of the auth.*, account.* and users.* channels.
import type { AppContract } from '../../../shared/contract';
import type { Handlers } from '../ipc';
import type { CoreServices } from './services';

type Channels =
  | 'auth.status'
  | 'auth.createFirstAdmin'
  | 'auth.login'
  | 'auth.logout'
  | 'auth.lock'
  | 'auth.unlock'
  | 'account.changePassword'
  | 'users.list'
  | 'users.create'
  | 'users.update'
  | 'users.resetPassword';

export function authHandlers({ auth, users, workstation }: CoreServices): Pick<Handlers<AppContract>, Channels> {
  return {
    'auth.status': (_input, { caller }) => {
      const open = workstation.vault.isUnlocked();
      return { session: open ? auth.status(caller) : null, usersExist: open ? users.count() > 0 : null };
    },
    'auth.createFirstAdmin': async ({ username, displayName, password }, { caller }) => {
      await users.createFirstAdmin({ username, displayName, password });
      return auth.login(caller, username, password);
    },
    'auth.login': ({ username, password }, { caller }) => auth.login(caller, username, password),
    'auth.logout': async (_input, { caller }) => {
      await auth.logout(caller);
      return { signedOut: true as const };
    },
    'auth.lock': (_input, { caller }) => auth.lock(caller),
    'auth.unlock': ({ password }, { caller }) => auth.unlock(caller, password),
    'account.changePassword': ({ currentPassword, newPassword }, { caller }) => auth.changePassword(caller, currentPassword, newPassword),
    'users.list': () => users.list(),
    'users.create': ({ temporaryPassword, ...rest }) => users.create({ ...rest, password: temporaryPassword }),
    'users.update': ({ userId, ...changes }) => users.update(userId, changes),
    'users.resetPassword': ({ userId, temporaryPassword }) => users.resetPassword(userId, temporaryPassword),
  };
}

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

export function authHandlers({ auth, users, workstation, record }: CoreServices): Pick<Handlers<AppContract>, Channels> {
  return {
    'auth.status': (_input, { caller }) => {
      const open = workstation.vault.isUnlocked();
      return { session: open ? auth.status(caller) : null, usersExist: open ? users.count() > 0 : null };
    },
    'auth.createFirstAdmin': async ({ username, displayName, password }, { caller }) => {
      const admin = await users.createFirstAdmin({ username, displayName, password });
      record(null, { actor: admin.id, action: 'user.create', target: admin.id, outcome: 'success', details: { role: 'admin', first: true } });
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
    'users.create': async ({ temporaryPassword, ...rest }, { caller }) => {
      const user = await users.create({ ...rest, password: temporaryPassword });
      record(caller, { action: 'user.create', target: user.id, outcome: 'success', details: { role: user.role } });
      return user;
    },
    'users.update': ({ userId, ...changes }, { caller }) => {
      const user = users.update(userId, changes);
      const details = { ...(changes.role ? { role: changes.role } : {}), ...(changes.status ? { status: changes.status } : {}), ...(changes.programIds ? { programs: changes.programIds.length } : {}) };
      record(caller, { action: 'user.update', target: userId, outcome: 'success', details });
      return user;
    },
    'users.resetPassword': async ({ userId, temporaryPassword }, { caller }) => {
      const user = await users.resetPassword(userId, temporaryPassword);
      record(caller, { action: 'user.password.reset', target: userId, outcome: 'success' });
      return user;
    },
  };
}

// Owns the answers of the backup.* channels: the caller's user is the actor (audited by the
// backup service with the outcome) and the key caller that signs; progress and cancel come from
// the dispatcher's job.
import type { AppContract } from '../../../shared/contract';
import type { BackupService } from '../backup';
import type { Handlers } from '../ipc';
import type { CoreServices } from './services';

type BackupChannel = 'backup.export' | 'backup.verify' | 'backup.restore' | 'backup.status' | 'backup.schedule.get' | 'backup.schedule.set';

export function backupHandlers({ auth }: Pick<CoreServices, 'auth'>, backup: BackupService): Pick<Handlers<AppContract>, BackupChannel> {
  const job = (caller: Parameters<typeof auth.actor>[0], signal: AbortSignal, progress: Parameters<BackupService['export']>[1]['progress']) => {
    const actor = auth.actor(caller);
    return { actor: actor.userId, caller: { kind: 'user' as const, userId: actor.userId, role: actor.role }, signal, progress };
  };
  return {
    'backup.export': async ({ path, passphrase, recoveryCode }, { caller, signal, progress }) => {
      const done = await backup.export({ path, passphrase, recoveryCode }, job(caller, signal, progress));
      return { file: done.file, bytes: done.bytes, createdAt: done.createdAt, summary: done.summary };
    },
    'backup.verify': ({ path, passphrase, recoveryCode }, { caller, signal, progress }) => backup.verify({ path, passphrase, recoveryCode }, job(caller, signal, progress)),
    'backup.restore': ({ path, passphrase, recoveryCode }, { caller, signal, progress }) => backup.restore({ path, passphrase, recoveryCode }, job(caller, signal, progress)),
    'backup.status': () => backup.status(),
    'backup.schedule.get': () => backup.getSchedule(),
    'backup.schedule.set': ({ settings, passphrase }, { caller }) => backup.setSchedule(settings, passphrase, auth.actor(caller).userId),
  };
}

// Owns the answers of the rotation.* channels: what is due (the shell's notice), the history, and
// running one rotation with progress and cancel. The caller's user is the rotation's initiator.
import type { AppContract } from '../../../shared/contract';
import type { Handlers } from '../ipc';
import type { RotationService } from '../rotation';
import type { CoreServices } from './services';

export function rotationHandlers(
  { auth }: Pick<CoreServices, 'auth'>,
  rotation: RotationService,
): Pick<Handlers<AppContract>, 'rotation.status' | 'rotation.history' | 'rotation.run'> {
  return {
    'rotation.status': () => rotation.status(),
    'rotation.history': ({ type, limit }) => rotation.history({ type, limit }),
    'rotation.run': (input, { caller, signal, progress }) =>
      rotation.run(
        {
          type: input.type,
          programId: input.programId,
          reason: input.reason,
          initiator: auth.actor(caller).userId,
          passphrase: input.passphrase,
          recoveryCode: input.recoveryCode,
        },
        { signal, progress },
      ),
  };
}

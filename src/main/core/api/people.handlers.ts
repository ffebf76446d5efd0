// Owns the answers of the programs.* and people.* channels.
import type { AppContract } from '../../../shared/contract';
import { CodedError } from '../errors';
import type { Caller, Handlers } from '../ipc';
import type { CoreServices } from './services';

type Channels = 'programs.list' | 'programs.create' | 'people.list' | 'people.get' | 'people.create' | 'people.update' | 'people.remove' | 'people.findByEmail';

export function peopleHandlers({ programs, people, auth }: CoreServices): Pick<Handlers<AppContract>, Channels> {
  // Faculty and coordinators see only their own programs; admins and auditors see all.
  const scoped = (caller: Caller, programId: string) => {
    if (!auth.canAccessProgram(caller, programId)) throw new CodedError('ERR_PERMISSION_DENIED', 'not a member of this program');
    return programId;
  };
  return {
    'programs.list': (_input, { caller }) => programs.list().filter((p) => auth.canAccessProgram(caller, p.id)),
    'programs.create': (input) => programs.create(input),
    'people.list': ({ programId }, { caller }) => people.list(scoped(caller, programId)),
    'people.get': ({ programId, personId }, { caller }) => people.get(scoped(caller, programId), personId),
    'people.create': ({ programId, person }, { caller }) => people.create(scoped(caller, programId), person),
    'people.update': ({ programId, personId, person }, { caller }) => people.update(scoped(caller, programId), personId, person),
    'people.remove': ({ programId, personId }, { caller }) => {
      people.remove(scoped(caller, programId), personId);
      return { removed: true as const };
    },
    'people.findByEmail': ({ programId, email }, { caller }) => ({ person: people.findByEmail(scoped(caller, programId), email) }),
  };
}

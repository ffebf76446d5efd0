// Owns the answers of the programs.* and people.* channels.
import type { AppContract } from '../../../shared/contract';
import type { Handlers } from '../ipc';
import type { CoreServices } from './services';

type Channels = 'programs.list' | 'programs.create' | 'people.list' | 'people.get' | 'people.create' | 'people.update' | 'people.remove' | 'people.findByEmail';

export function peopleHandlers({ programs, people }: CoreServices): Pick<Handlers<AppContract>, Channels> {
  return {
    'programs.list': () => programs.list(),
    'programs.create': (input) => programs.create(input),
    'people.list': ({ programId }) => people.list(programId),
    'people.get': ({ programId, personId }) => people.get(programId, personId),
    'people.create': ({ programId, person }) => people.create(programId, person),
    'people.update': ({ programId, personId, person }) => people.update(programId, personId, person),
    'people.remove': ({ programId, personId }) => {
      people.remove(programId, personId);
      return { removed: true as const };
    },
    'people.findByEmail': ({ programId, email }) => ({ person: people.findByEmail(programId, email) }),
  };
}

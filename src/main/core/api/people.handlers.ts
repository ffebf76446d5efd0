// Owns the answers of the programs.* and people.* channels.
import type { AppContract } from '../../../shared/contract';
import { CodedError } from '../errors';
import type { Caller, Handlers } from '../ipc';
import type { CoreServices } from './services';

type Channels = 'programs.list' | 'programs.create' | 'people.list' | 'people.get' | 'people.create' | 'people.update' | 'people.remove' | 'people.findByEmail';

export function peopleHandlers({ programs, people, auth, record }: CoreServices): Pick<Handlers<AppContract>, Channels> {
  // Faculty and coordinators see only their own programs; admins and auditors see all.
  const scoped = (caller: Caller, programId: string) => {
    if (!auth.canAccessProgram(caller, programId)) throw new CodedError('ERR_PERMISSION_DENIED', 'not a member of this program');
    return programId;
  };
  return {
    'programs.list': (_input, { caller }) => programs.list().filter((p) => auth.canAccessProgram(caller, p.id)),
    'programs.create': (input) => programs.create(input),
    // Every view of person records is audited: one entry per list, one per record opened.
    'people.list': ({ programId }, { caller }) => {
      const list = people.list(scoped(caller, programId));
      record(caller, { action: 'person.view', target: programId, outcome: 'success', details: { count: list.length } });
      return list;
    },
    'people.get': ({ programId, personId }, { caller }) => {
      const person = people.get(scoped(caller, programId), personId);
      record(caller, { action: 'person.view', target: personId, outcome: 'success' });
      return person;
    },
    'people.create': ({ programId, person }, { caller }) => {
      const created = people.create(scoped(caller, programId), person);
      record(caller, { action: 'person.create', target: created.id, outcome: 'success' });
      return created;
    },
    'people.update': ({ programId, personId, person }, { caller }) => {
      const updated = people.update(scoped(caller, programId), personId, person);
      record(caller, { action: 'person.update', target: personId, outcome: 'success' });
      return updated;
    },
    'people.remove': ({ programId, personId }, { caller }) => {
      people.remove(scoped(caller, programId), personId);
      record(caller, { action: 'person.delete', target: personId, outcome: 'success' });
      return { removed: true as const };
    },
    'people.findByEmail': ({ programId, email }, { caller }) => {
      const person = people.findByEmail(scoped(caller, programId), email);
      if (person) record(caller, { action: 'person.view', target: person.id, outcome: 'success' });
      return { person };
    },
  };
}

// Owns people within a program: every call names its program, every query is scoped to it, and
// personal fields exist in the store only as envelopes bound to their cell and program.
import { randomUUID } from 'node:crypto';
import type { Person, PersonInput } from '../../../shared/domain';
import { blindIndex, type FieldCipher, type ProgramKeyring } from '../field-crypto';
import type { ProgramsService } from '../programs';
import {
  deletePerson,
  insertPerson,
  isOnAnyRoster,
  keyVersionsInUse,
  peopleByLicenceIndex,
  peopleOfProgram,
  personByEmailIndex,
  personById,
  type ReadableDb,
  transaction,
  updatePerson,
  type WritableDb,
} from '../store';
import { PersonEmailTakenError, PersonNotFoundError, PersonOnRosterError } from './errors';
import { decodePerson, encodePerson } from './person-codec';

export interface PeopleService {
  create(programId: string, input: PersonInput): Person;
  get(programId: string, personId: string): Person;
  list(programId: string): Person[];
  update(programId: string, personId: string, input: PersonInput): Person;
  remove(programId: string, personId: string): void;
  findByEmail(programId: string, email: string): Person | null;
  findByLicence(programId: string, licence: string): Person[];
}

export interface PeopleDeps {
  reader: () => ReadableDb;
  writer: () => WritableDb;
  programs: ProgramsService;
  cipher: FieldCipher;
  keys: ProgramKeyring;
  now?: () => Date;
}

export function createPeopleService(deps: PeopleDeps): PeopleService {
  const now = () => (deps.now ?? (() => new Date()))().toISOString();
  const crypto = { cipher: deps.cipher, keys: deps.keys };

  // Blind indexes depend on the key version; during a rotation rows of two versions coexist.
  const emailOwner = (db: ReadableDb, programId: string, email: string) => {
    for (const v of keyVersionsInUse(db, programId)) {
      const row = personByEmailIndex(db, programId, blindIndex(deps.keys, programId, v, 'email', email));
      if (row) return row;
    }
    return undefined;
  };

  return {
    create(programId, input) {
      const program = deps.programs.require(programId);
      const db = deps.writer();
      const t = now();
      const row = encodePerson(crypto, { id: randomUUID(), programId, version: program.dataKeyVersion, createdAt: t, updatedAt: t }, input);
      transaction(db, () => {
        if (input.email && emailOwner(db, programId, input.email)) throw new PersonEmailTakenError();
        insertPerson(db, row);
      });
      return decodePerson(deps.cipher, row);
    },

    get(programId, personId) {
      deps.programs.require(programId);
      const row = personById(deps.reader(), programId, personId);
      if (!row) throw new PersonNotFoundError();
      return decodePerson(deps.cipher, row);
    },

    list(programId) {
      deps.programs.require(programId);
      return peopleOfProgram(deps.reader(), programId).map((r) => decodePerson(deps.cipher, r));
    },

    update(programId, personId, input) {
      const program = deps.programs.require(programId);
      const db = deps.writer();
      return transaction(db, () => {
        const existing = personById(db, programId, personId);
        if (!existing) throw new PersonNotFoundError();
        const owner = input.email ? emailOwner(db, programId, input.email) : undefined;
        if (owner && owner.id !== personId) throw new PersonEmailTakenError();
        const row = encodePerson(
          crypto,
          { id: personId, programId, version: program.dataKeyVersion, createdAt: existing.created_at, updatedAt: now() },
          input,
        );
        updatePerson(db, row);
        return decodePerson(deps.cipher, row);
      });
    },

    remove(programId, personId) {
      deps.programs.require(programId);
      const db = deps.writer();
      if (isOnAnyRoster(db, personId)) throw new PersonOnRosterError();
      if (deletePerson(db, programId, personId).changes === 0) throw new PersonNotFoundError();
    },

    findByEmail(programId, email) {
      deps.programs.require(programId);
      const row = emailOwner(deps.reader(), programId, email);
      return row ? decodePerson(deps.cipher, row) : null;
    },

    findByLicence(programId, licence) {
      deps.programs.require(programId);
      const db = deps.reader();
      return keyVersionsInUse(db, programId).flatMap((v) =>
        peopleByLicenceIndex(db, programId, blindIndex(deps.keys, programId, v, 'licence', licence)).map((r) => decodePerson(deps.cipher, r)),
      );
    },
  };
}

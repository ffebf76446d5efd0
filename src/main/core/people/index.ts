// People of a program, with personal fields encrypted per cell.
export { PersonEmailTakenError, PersonNotFoundError, PersonOnRosterError } from './errors';
export { createPeopleService } from './people.service';
export type { PeopleService } from './people.service';

// Owns the roster of a year: who takes part, residents' PGY, faculty roles and credentials.
import type { EditResult, FacultyRole, RosterEntry } from '../../../shared/domain';
import { rosterEntry, rosterOfYear, transaction, upsertRosterEntry } from '../store';
import type { DraftState } from './draft-state';
import { changeLog } from './internal/change-log';
import { requireYear, type SchedulingDeps } from './internal/context';
import { credentialsOf, facultyRoleOf } from './internal/rows';
import { rosterSummary } from './internal/summaries';

export interface RosterInput {
  personId: string;
  pgy: number | null;
  facultyRole: FacultyRole | null;
  credentials: string[];
  active: boolean;
}

export interface RosterService {
  list(programId: string, yearId: string): RosterEntry[];
  set(programId: string, yearId: string, input: RosterInput, userId: string): Promise<EditResult>;
}

const summaryOf = (e: { pgy: number | null; facultyRole: FacultyRole | null; credentials: string[]; active: boolean } | null) =>
  e === null
    ? null
    : rosterSummary({ ...(e.pgy !== null ? { pgy: e.pgy } : {}), ...(e.facultyRole ? { facultyRole: e.facultyRole } : {}), credentials: e.credentials }, e.active);

export function createRosterService(deps: SchedulingDeps, draft: DraftState): RosterService {
  return {
    list(programId, yearId) {
      const db = deps.reader();
      requireYear(db, programId, yearId);
      const people = new Map(deps.people.list(programId).map((p) => [p.id, p]));
      return rosterOfYear(db, yearId).flatMap((r) => {
        const person = people.get(r.person_id);
        if (!person) return [];
        return [{ personId: r.person_id, kind: person.kind, name: person.name, pgy: r.pgy, facultyRole: facultyRoleOf(r), credentials: credentialsOf(r), active: r.active === 1 }];
      });
    },

    set(programId, yearId, input, userId) {
      // The person must be one of this program's: ERR_PERSON_NOT_FOUND otherwise.
      deps.people.get(programId, input.personId);
      const db = deps.writer();
      const year = transaction(db, () => {
        const year = requireYear(db, programId, yearId);
        const old = rosterEntry(db, yearId, input.personId);
        upsertRosterEntry(db, {
          year_id: yearId,
          person_id: input.personId,
          pgy: input.pgy,
          faculty_role: input.facultyRole,
          credentials: JSON.stringify(input.credentials),
          active: input.active ? 1 : 0,
        });
        const before = old ? summaryOf({ pgy: old.pgy, facultyRole: facultyRoleOf(old), credentials: credentialsOf(old), active: old.active === 1 }) : null;
        changeLog(db, yearId, userId, deps.now())('roster', input.personId, before, summaryOf(input));
        return year;
      });
      // PGY and credentials feed eligibility and supervision everywhere: re-check the whole year.
      return draft.editResult(year, { all: true });
    },
  };
}

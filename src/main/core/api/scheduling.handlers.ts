// Owns the answers of the schedule.* channels: each checks the caller's membership of the program,
// runs the scheduling service as the signed-in user, and audits what changes the schedule
// (one entry per edit), every publish, and every view of an absence reason — with ids only.
// An edit's findings are awaited from the validation worker after its transaction commits; an edit
// is audited once it is saved, even when only the re-check after it failed.
import type { AppContract } from '../../../shared/contract';
import type { AuditDetails } from '../../../shared/domain';
import { CodedError } from '../errors';
import { ValidationUnavailableError } from '../scheduling';
import type { Caller, Handlers } from '../ipc';
import type { CoreServices } from './services';

type Channels = Extract<keyof AppContract, `schedule.${string}`>;

export function schedulingHandlers({ scheduling, auth, record }: CoreServices): Pick<Handlers<AppContract>, Channels> {
  const scoped = (caller: Caller, programId: string) => {
    if (!auth.canAccessProgram(caller, programId)) throw new CodedError('ERR_PERMISSION_DENIED', 'not a member of this program');
    return programId;
  };
  const userOf = (caller: Caller) => auth.actor(caller).userId;
  const edited = (caller: Caller, target: string, details: AuditDetails) => record(caller, { action: 'schedule.edit', target, outcome: 'success', details });
  /** Awaits a saved edit's answer and audits it (`value` is undefined when only its re-check failed). */
  const afterSave = async <T>(pending: Promise<T>, audit: (value: T | undefined) => void): Promise<T> => {
    try {
      const value = await pending;
      audit(value);
      return value;
    } catch (e) {
      if (e instanceof ValidationUnavailableError) {
        audit(undefined);
        // The edit is committed: say so, so the window keeps it (and its undo step) and reloads.
        throw new CodedError('ERR_SCHEDULE_RECHECK_FAILED', e.message, { cause: e });
      }
      throw e;
    }
  };

  return {
    'schedule.years.list': ({ programId }, { caller }) => scheduling.years.list(scoped(caller, programId)),
    'schedule.years.create': ({ programId, ...input }, { caller }) => {
      const year = scheduling.years.create(scoped(caller, programId), input);
      edited(caller, year.id, { item: 'year', rollover: input.rolloverFrom !== undefined, blocks: year.blocks.length });
      return year;
    },
    'schedule.years.updateBlocks': ({ programId, yearId, blocks }, { caller }) => {
      const year = scheduling.years.updateBlocks(scoped(caller, programId), yearId, blocks, userOf(caller));
      edited(caller, yearId, { item: 'blocks', blocks: year.blocks.length });
      return year;
    },

    // Rosters and drafts carry people's names: each view is audited, as people.list is.
    'schedule.roster.list': ({ programId, yearId }, { caller }) => {
      const roster = scheduling.roster.list(scoped(caller, programId), yearId);
      record(caller, { action: 'person.view', target: yearId, outcome: 'success', details: { count: roster.length } });
      return roster;
    },
    'schedule.roster.set': ({ programId, yearId, ...entry }, { caller }) =>
      afterSave(scheduling.roster.set(scoped(caller, programId), yearId, entry, userOf(caller)), () => edited(caller, yearId, { item: 'roster', person: entry.personId })),

    'schedule.rotations.list': ({ programId, yearId }, { caller }) => scheduling.rotations.list(scoped(caller, programId), yearId),
    'schedule.rotations.save': ({ programId, yearId, rotationId, rotation }, { caller }) =>
      afterSave(scheduling.rotations.save(scoped(caller, programId), yearId, rotationId, rotation, userOf(caller)), (saved) =>
        edited(caller, yearId, { item: 'rotation', rotation: saved?.rotation.id ?? rotationId ?? 'new' }),
      ),
    'schedule.rotations.remove': ({ programId, yearId, rotationId }, { caller }) =>
      afterSave(scheduling.rotations.remove(scoped(caller, programId), yearId, rotationId, userOf(caller)), () =>
        edited(caller, yearId, { item: 'rotation', rotation: rotationId, removed: true }),
      ),

    'schedule.draft.get': async ({ programId, yearId }, { caller }) => {
      const view = await scheduling.draft(scoped(caller, programId), yearId);
      record(caller, { action: 'person.view', target: yearId, outcome: 'success', details: { count: view.document.people.length } });
      return view;
    },
    'schedule.findings.get': ({ programId, yearId }, { caller }) => scheduling.findings(scoped(caller, programId), yearId),
    'schedule.assignments.set': ({ programId, yearId, changes }, { caller }) =>
      afterSave(scheduling.edits.setAssignments(scoped(caller, programId), yearId, changes, userOf(caller)), () =>
        edited(caller, yearId, { item: 'assignments', count: changes.length }),
      ),
    'schedule.overrides.set': ({ programId, yearId, personId, date, slot, override }, { caller }) =>
      afterSave(scheduling.edits.setOverride(scoped(caller, programId), yearId, { personId, date, slot }, override, userOf(caller)), () =>
        edited(caller, yearId, { item: 'override', person: personId, date, slot, removed: override === null }),
      ),
    'schedule.calls.set': ({ programId, yearId, ...call }, { caller }) =>
      afterSave(scheduling.edits.setCall(scoped(caller, programId), yearId, call, userOf(caller)), () =>
        edited(caller, yearId, { item: 'call', date: call.date, call: call.kind, removed: call.personId === null }),
      ),
    'schedule.extraDuty.set': ({ programId, yearId, personId, date, kind, duty }, { caller }) =>
      afterSave(scheduling.edits.setExtraDuty(scoped(caller, programId), yearId, { personId, date, kind }, duty, userOf(caller)), () =>
        edited(caller, yearId, { item: 'extra-duty', person: personId, date, duty: kind, removed: duty === null }),
      ),
    'schedule.absences.list': ({ programId, yearId }, { caller }) => scheduling.absences.list(scoped(caller, programId), yearId),
    'schedule.absences.save': ({ programId, yearId, absenceId, absence }, { caller }) =>
      afterSave(scheduling.absences.save(scoped(caller, programId), yearId, absenceId, absence, userOf(caller)), (saved) =>
        edited(caller, yearId, { item: 'absence', absence: saved?.absence.id ?? absenceId ?? 'new', created: absenceId === undefined }),
      ),
    'schedule.absences.reason': ({ programId, yearId, absenceId }, { caller }) => {
      const reason = scheduling.absences.reason(scoped(caller, programId), yearId, absenceId);
      record(caller, { action: 'absence.view-reason', target: absenceId, outcome: 'success' });
      return { reason };
    },
    'schedule.absences.remove': ({ programId, yearId, absenceId }, { caller }) =>
      afterSave(scheduling.absences.remove(scoped(caller, programId), yearId, absenceId, userOf(caller)), () =>
        edited(caller, yearId, { item: 'absence', absence: absenceId, removed: true }),
      ),
    'schedule.holidays.set': ({ programId, yearId, holidays }, { caller }) =>
      afterSave(scheduling.edits.setHolidays(scoped(caller, programId), yearId, holidays, userOf(caller)), () =>
        edited(caller, yearId, { item: 'holidays', count: holidays.length }),
      ),
    'schedule.parameters.get': ({ programId }, { caller }) => scheduling.parameters.get(scoped(caller, programId)),
    'schedule.parameters.set': ({ programId, parameters }, { caller }) => {
      const saved = scheduling.parameters.set(scoped(caller, programId), parameters, userOf(caller));
      edited(caller, programId, { item: 'parameters' });
      return saved;
    },
    'schedule.grid.slots': ({ programId, yearId, from, to, personIds }, { caller }) => scheduling.slots(scoped(caller, programId), yearId, { from, to, personIds }),
    'schedule.validate': ({ programId, yearId }, { caller }) => scheduling.validate(scoped(caller, programId), yearId),
    'schedule.publish': async ({ programId, yearId, note }, { caller }) => {
      const version = await scheduling.publishing.publish(scoped(caller, programId), yearId, note, userOf(caller));
      record(caller, {
        action: 'schedule.publish',
        target: yearId,
        outcome: 'success',
        details: { version: version.version, changes: version.changeCount, errors: version.summary.errors, warnings: version.summary.warnings },
      });
      return version;
    },
    'schedule.versions.list': ({ programId, yearId }, { caller }) => scheduling.publishing.versions(scoped(caller, programId), yearId),
    'schedule.versions.diff': ({ programId, yearId, from, to }, { caller }) => scheduling.publishing.diff(scoped(caller, programId), yearId, from, to),
  };
}

// Owns the edits of a year's draft grid: block assignments, half-day overrides, calls, extra duty
// (moonlighting, clinical work from home) and holidays.
// Each edit runs in one transaction, is refused whole if any part touches the locked published
// past, logs one change per subject that changed, and answers the re-validated findings (awaited
// from the validation worker after the transaction commits).
import { randomUUID } from 'node:crypto';
import type { CallKind, DaySlot, EditResult, ExtraDuty, Holiday, IsoDate } from '../../../shared/domain';
import { CodedError } from '../errors';
import {
  type AcademicYearRow,
  assignmentOf,
  callAt,
  deleteAssignment,
  deleteCall,
  deleteExtraDuty,
  extraDutyAt,
  deleteOverride,
  holidaysOfYear,
  insertExtraDuty,
  insertOverride,
  overrideAt,
  replaceHolidays,
  rotationById,
  rotationsOfYear,
  transaction,
  upsertAssignment,
  upsertCall,
  type WritableDb,
} from '../store';
import { blocksMeeting, type DraftState } from './draft-state';
import { ScheduleItemNotFoundError } from './errors';
import { changeLog, subjects } from './internal/change-log';
import { blocksOf, requireOnRoster, requireYear, type SchedulingDeps } from './internal/context';
import { overrideReasonRef } from './internal/sealed-fields';
import { assignmentSummary, callSummary, extraDutySummary, overrideSummary } from './internal/summaries';
import { lockGuard } from './lock-policy';

export interface AssignmentChange {
  personId: string;
  block: number;
  rotationId: string | null;
}

export interface OverrideInput {
  activity: 'work' | 'off';
  rotationId?: string | undefined;
  hours?: number | undefined;
  reason: string;
}

export interface CallInput {
  date: IsoDate;
  kind: CallKind;
  personId: string | null;
  /** HH:MM. */
  startTime?: string | undefined;
  hours?: number | undefined;
}

export type ExtraDutyAt = Pick<ExtraDuty, 'personId' | 'date' | 'kind'>;
export type ExtraDutyInput = Pick<ExtraDuty, 'startTime' | 'hours'>;

export interface DraftEditsService {
  setAssignments(programId: string, yearId: string, changes: AssignmentChange[], userId: string): Promise<EditResult>;
  setOverride(programId: string, yearId: string, at: { personId: string; date: IsoDate; slot: DaySlot }, override: OverrideInput | null, userId: string): Promise<EditResult>;
  setCall(programId: string, yearId: string, call: CallInput, userId: string): Promise<EditResult>;
  /** Sets (or with null removes) one person's extra duty of one kind on one date. */
  setExtraDuty(programId: string, yearId: string, at: ExtraDutyAt, duty: ExtraDutyInput | null, userId: string): Promise<EditResult>;
  setHolidays(programId: string, yearId: string, holidays: Holiday[], userId: string): Promise<EditResult>;
}

const requireInYear = (year: AcademicYearRow, date: IsoDate) => {
  if (date < year.start_date || date > year.end_date) throw new ScheduleItemNotFoundError('the date is outside the academic year');
};

const requireRotation = (db: WritableDb, yearId: string, rotationId: string) => {
  if (!rotationById(db, yearId, rotationId)) throw new ScheduleItemNotFoundError('no such rotation');
};

const rotationCodes = (db: WritableDb, yearId: string) => new Map(rotationsOfYear(db, yearId).map((r) => [r.id, r.code]));

export function createDraftEditsService(deps: SchedulingDeps, draft: DraftState): DraftEditsService {
  /** Runs one edit in a transaction with the year, its lock guard and its change log. */
  function edit<T>(programId: string, yearId: string, userId: string, fn: (ctx: { db: WritableDb; year: AcademicYearRow; guard: ReturnType<typeof lockGuard>; log: ReturnType<typeof changeLog> }) => T) {
    const db = deps.writer();
    const now = deps.now();
    return transaction(db, () => {
      const year = requireYear(db, programId, yearId);
      return { year, value: fn({ db, year, guard: lockGuard(year, now), log: changeLog(db, yearId, userId, now) }) };
    });
  }

  return {
    setAssignments(programId, yearId, changes, userId) {
      const { year } = edit(programId, yearId, userId, ({ db, guard, log }) => {
        const blocks = new Map(blocksOf(db, yearId).map((b) => [b.number, b]));
        const codes = rotationCodes(db, yearId);
        for (const c of changes) {
          requireOnRoster(db, yearId, c.personId);
          const block = blocks.get(c.block);
          if (!block) throw new ScheduleItemNotFoundError(`no block ${c.block} in this year`);
          if (c.rotationId !== null && !codes.has(c.rotationId)) throw new ScheduleItemNotFoundError('no such rotation');
          const before = assignmentOf(db, yearId, c.personId, c.block)?.rotation_id ?? null;
          if (before === c.rotationId) continue;
          guard.block(block);
          if (c.rotationId === null) deleteAssignment(db, yearId, c.personId, c.block);
          else upsertAssignment(db, { year_id: yearId, person_id: c.personId, block: c.block, rotation_id: c.rotationId });
          log('assignment', subjects.assignment(c.personId, c.block), assignmentSummary(before, codes), assignmentSummary(c.rotationId, codes));
        }
      });
      return draft.editResult(
        year,
        { personIds: [...new Set(changes.map((c) => c.personId))], blocks: [...new Set(changes.map((c) => c.block))] },
        { kind: 'assignments', changes },
      );
    },

    setOverride(programId, yearId, at, override, userId) {
      const program = deps.programs.require(programId);
      const { year, value: blocks } = edit(programId, yearId, userId, ({ db, year, guard, log }) => {
        requireInYear(year, at.date);
        requireOnRoster(db, yearId, at.personId);
        if (override?.rotationId !== undefined) requireRotation(db, yearId, override.rotationId);
        guard.dates(at.date);
        const codes = rotationCodes(db, yearId);
        const old = overrideAt(db, yearId, at.personId, at.date, at.slot);
        const oldView = old ? { activity: old.activity, ...(old.rotation_id ? { rotationId: old.rotation_id } : {}), ...(old.hours !== null ? { hours: old.hours } : {}) } : null;
        if (old) deleteOverride(db, yearId, old.id);
        if (override) {
          const id = randomUUID();
          insertOverride(db, {
            id,
            year_id: yearId,
            program_id: programId,
            person_id: at.personId,
            date: at.date,
            slot: at.slot,
            activity: override.activity,
            rotation_id: override.rotationId ?? null,
            hours: override.hours ?? null,
            reason_enc: deps.cipher.seal(overrideReasonRef(programId, id), program.dataKeyVersion, override.reason),
            key_version: program.dataKeyVersion,
          });
        }
        const before = overrideSummary(oldView, codes);
        let after = overrideSummary(override, codes);
        if (old && override && before === after) after = `${after} (reason changed)`;
        log('override', subjects.override(at.personId, at.date, at.slot), before, after);
        return blocksMeeting(blocksOf(db, yearId), at.date);
      });
      const patched = override
        ? {
            activity: override.activity,
            ...(override.rotationId !== undefined ? { rotationId: override.rotationId } : {}),
            ...(override.hours !== undefined ? { hours: override.hours } : {}),
            reason: override.reason,
          }
        : null;
      return draft.editResult(year, { personIds: [at.personId], blocks }, { kind: 'override', at, override: patched });
    },

    setCall(programId, yearId, call, userId) {
      const { year, value } = edit(programId, yearId, userId, ({ db, year, guard, log }) => {
        requireInYear(year, call.date);
        if (call.personId !== null) requireOnRoster(db, yearId, call.personId);
        const old = callAt(db, yearId, call.date, call.kind);
        const next = call.personId === null ? null : { personId: call.personId, ...(call.startTime ? { startTime: call.startTime } : {}), ...(call.hours !== undefined ? { hours: call.hours } : {}) };
        const oldView = old ? { personId: old.person_id, ...(old.start_time ? { startTime: old.start_time } : {}), ...(old.hours !== null ? { hours: old.hours } : {}) } : null;
        const [before, after] = [callSummary(oldView), callSummary(next)];
        if (before !== after) {
          guard.dates(call.date);
          if (call.personId === null) deleteCall(db, yearId, call.date, call.kind);
          else upsertCall(db, { year_id: yearId, date: call.date, kind: call.kind, person_id: call.personId, start_time: call.startTime ?? null, hours: call.hours ?? null });
          log('call', subjects.call(call.date, call.kind), before, after);
        }
        return { people: [old?.person_id, call.personId].filter((p): p is string => !!p), blocks: blocksMeeting(blocksOf(db, yearId), call.date) };
      });
      const next =
        call.personId === null
          ? null
          : { personId: call.personId, ...(call.startTime ? { startTime: call.startTime } : {}), ...(call.hours !== undefined ? { hours: call.hours } : {}) };
      return draft.editResult(year, { personIds: [...new Set(value.people)], blocks: value.blocks }, { kind: 'call', date: call.date, callKind: call.kind, next });
    },

    setExtraDuty(programId, yearId, at, duty, userId) {
      const { year, value: blocks } = edit(programId, yearId, userId, ({ db, year, guard, log }) => {
        requireInYear(year, at.date);
        requireOnRoster(db, yearId, at.personId);
        const old = extraDutyAt(db, yearId, at.personId, at.date, at.kind);
        const [before, after] = [extraDutySummary(old ? { startTime: old.start_time, hours: old.hours } : null), extraDutySummary(duty)];
        if (before !== after) {
          guard.dates(at.date);
          deleteExtraDuty(db, yearId, at.personId, at.date, at.kind);
          if (duty) insertExtraDuty(db, { year_id: yearId, person_id: at.personId, date: at.date, start_time: duty.startTime, hours: duty.hours, kind: at.kind });
          log('extra-duty', subjects.extraDuty(at.personId, at.date, at.kind), before, after);
        }
        return blocksMeeting(blocksOf(db, yearId), at.date);
      });
      const patched = duty ? { startTime: duty.startTime, hours: duty.hours } : null;
      return draft.editResult(year, { personIds: [at.personId], blocks }, { kind: 'extra-duty', at: { personId: at.personId, date: at.date, kind: at.kind }, duty: patched });
    },

    setHolidays(programId, yearId, holidays, userId) {
      const { year } = edit(programId, yearId, userId, ({ db, year, guard, log }) => {
        const next = new Map<string, string>();
        for (const h of holidays) {
          requireInYear(year, h.date);
          if (next.has(h.date)) throw new CodedError('ERR_IPC_BAD_INPUT', 'two holidays on one date');
          next.set(h.date, h.name);
        }
        const old = new Map(holidaysOfYear(db, yearId).map((h) => [h.date, h.name]));
        const changed = [...new Set([...old.keys(), ...next.keys()])].filter((d) => old.get(d) !== next.get(d)).sort();
        for (const d of changed) guard.dates(d);
        replaceHolidays(db, yearId, [...next].map(([date, name]) => ({ date, name })));
        for (const d of changed) log('holiday', d, old.get(d) ?? null, next.get(d) ?? null);
      });
      return draft.editResult(year, { all: true });
    },
  };
}

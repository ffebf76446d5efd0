// Owns absences of a year: listing (without reasons), saving, reading one reason, removing. The
// reason is personal data: sealed under the program's data key, bound to its row, opened only on
// an explicit request (which the caller audits).
import { randomUUID } from 'node:crypto';
import type { Absence, AbsenceStatus, AbsenceType, EditResult, IsoDate } from '../../../shared/domain';
import { absenceById, absencesOfYear, type AbsenceRow, deleteAbsence, transaction, upsertAbsence } from '../store';
import { blocksMeeting, type DraftState } from './draft-state';
import { ScheduleItemNotFoundError } from './errors';
import { changeLog } from './internal/change-log';
import { blocksOf, requireOnRoster, requireYear, type SchedulingDeps } from './internal/context';
import { absenceOf } from './internal/rows';
import { absenceReasonRef } from './internal/sealed-fields';
import { absenceSummary } from './internal/summaries';
import { lockGuard } from './lock-policy';

export interface AbsenceInput {
  personId: string;
  startDate: IsoDate;
  endDate: IsoDate;
  type: AbsenceType;
  status: AbsenceStatus;
  blocking?: boolean | undefined;
  /** undefined keeps the stored reason; '' removes it. */
  reason?: string | undefined;
}

export interface AbsencesService {
  list(programId: string, yearId: string): Absence[];
  save(programId: string, yearId: string, absenceId: string | undefined, input: AbsenceInput, userId: string): Promise<{ absence: Absence; result: EditResult }>;
  reason(programId: string, yearId: string, absenceId: string): string | null;
  remove(programId: string, yearId: string, absenceId: string, userId: string): Promise<EditResult>;
}

const summaryOf = (r: AbsenceRow | null) =>
  r === null
    ? null
    : absenceSummary({ type: r.type, startDate: r.start_date, endDate: r.end_date, status: r.status, ...(r.blocking === null ? {} : { blocking: r.blocking === 1 }) });

export function createAbsencesService(deps: SchedulingDeps, draft: DraftState): AbsencesService {
  const touchedBy = (blocks: ReturnType<typeof blocksOf>, rows: (AbsenceRow | null)[]) => ({
    personIds: [...new Set(rows.flatMap((r) => (r ? [r.person_id] : [])))],
    blocks: [...new Set(rows.flatMap((r) => (r ? blocksMeeting(blocks, r.start_date, r.end_date) : [])))],
  });

  return {
    list(programId, yearId) {
      const db = deps.reader();
      requireYear(db, programId, yearId);
      return absencesOfYear(db, yearId).map(absenceOf);
    },

    async save(programId, yearId, absenceId, input, userId) {
      const program = deps.programs.require(programId);
      const db = deps.writer();
      const now = deps.now();
      const { year, row, touched } = transaction(db, () => {
        const year = requireYear(db, programId, yearId);
        if (input.startDate < year.start_date || input.endDate > year.end_date) throw new ScheduleItemNotFoundError('the absence is outside the academic year');
        requireOnRoster(db, yearId, input.personId);
        const old = absenceId === undefined ? null : (absenceById(db, yearId, absenceId) ?? null);
        if (absenceId !== undefined && !old) throw new ScheduleItemNotFoundError('no such absence');
        const id = absenceId ?? randomUUID();
        const keep = input.reason === undefined && old !== null && old.reason_enc !== null;
        const reasonEnc = keep
          ? old.reason_enc
          : input.reason
            ? deps.cipher.seal(absenceReasonRef(programId, id), program.dataKeyVersion, input.reason)
            : null;
        const row: AbsenceRow = {
          id,
          year_id: yearId,
          program_id: programId,
          person_id: input.personId,
          start_date: input.startDate,
          end_date: input.endDate,
          type: input.type,
          status: input.status,
          blocking: input.blocking === undefined ? null : input.blocking ? 1 : 0,
          reason_enc: reasonEnc,
          key_version: keep ? old.key_version : program.dataKeyVersion,
          created_at: old?.created_at ?? now.toISOString(),
          updated_at: now.toISOString(),
        };
        const guard = lockGuard(year, now);
        if (old) guard.dates(old.start_date);
        guard.dates(row.start_date);
        upsertAbsence(db, row);
        const before = summaryOf(old);
        let after = summaryOf(row);
        if (old && before === after && !keep && (old.reason_enc !== null || reasonEnc !== null)) after = `${after} (reason changed)`;
        changeLog(db, yearId, userId, now)('absence', id, before, after);
        return { year, row, touched: touchedBy(blocksOf(db, yearId), [old, row]) };
      });
      const absence = absenceOf(row);
      return { absence, result: await draft.editResult(year, touched) };
    },

    reason(programId, yearId, absenceId) {
      const db = deps.reader();
      requireYear(db, programId, yearId);
      const row = absenceById(db, yearId, absenceId);
      if (!row) throw new ScheduleItemNotFoundError('no such absence');
      return row.reason_enc === null ? null : deps.cipher.open(absenceReasonRef(row.program_id, row.id), row.reason_enc);
    },

    remove(programId, yearId, absenceId, userId) {
      const db = deps.writer();
      const now = deps.now();
      const { year, touched } = transaction(db, () => {
        const year = requireYear(db, programId, yearId);
        const old = absenceById(db, yearId, absenceId);
        if (!old) throw new ScheduleItemNotFoundError('no such absence');
        lockGuard(year, now).dates(old.start_date);
        deleteAbsence(db, yearId, absenceId);
        changeLog(db, yearId, userId, now)('absence', absenceId, summaryOf(old), null);
        return { year, touched: touchedBy(blocksOf(db, yearId), [old]) };
      });
      return draft.editResult(year, touched);
    },
  };
}

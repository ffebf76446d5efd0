// Owns a year's rotation templates: listing, saving (new ones get an id) and removing unused ones.
import { randomUUID } from 'node:crypto';
import { type EditResult, RotationTemplate } from '../../../shared/domain';
import { CodedError } from '../errors';
import {
  countAssignmentsOfRotation,
  countOverridesOfRotation,
  deleteRotation,
  rotationByCode,
  rotationById,
  rotationsOfYear,
  transaction,
  upsertRotation,
} from '../store';
import type { DraftState } from './draft-state';
import { RotationInUseError, ScheduleItemNotFoundError } from './errors';
import { changeLog } from './internal/change-log';
import { requireYear, type SchedulingDeps } from './internal/context';
import { rotationOf } from './internal/rows';
import { rotationSummary } from './internal/summaries';

export interface RotationsService {
  list(programId: string, yearId: string): RotationTemplate[];
  save(programId: string, yearId: string, rotationId: string | undefined, rotation: Omit<RotationTemplate, 'id'>, userId: string): Promise<{ rotation: RotationTemplate; result: EditResult }>;
  remove(programId: string, yearId: string, rotationId: string, userId: string): Promise<EditResult>;
}

export function createRotationsService(deps: SchedulingDeps, draft: DraftState): RotationsService {
  return {
    list(programId, yearId) {
      const db = deps.reader();
      requireYear(db, programId, yearId);
      return rotationsOfYear(db, yearId).map(rotationOf);
    },

    async save(programId, yearId, rotationId, input, userId) {
      const db = deps.writer();
      const { year, rotation } = transaction(db, () => {
        const year = requireYear(db, programId, yearId);
        const id = rotationId ?? randomUUID();
        const old = rotationById(db, yearId, id);
        if (rotationId !== undefined && !old) throw new ScheduleItemNotFoundError('no such rotation');
        const sameCode = rotationByCode(db, yearId, input.code);
        // No dedicated code exists for this yet: the editor checks codes before saving.
        if (sameCode && sameCode.id !== id) throw new CodedError('ERR_IPC_BAD_INPUT', 'another rotation of the year uses that code');
        const rotation = RotationTemplate.parse({ ...input, id });
        upsertRotation(db, { year_id: yearId, id, code: rotation.code, body: JSON.stringify(rotation) });
        const before = old ? rotationOf(old) : null;
        let after = rotationSummary(rotation);
        if (before && JSON.stringify(before) !== JSON.stringify(rotation) && rotationSummary(before) === after) after = `${after} (settings changed)`;
        changeLog(db, yearId, userId, deps.now())('rotation', id, rotationSummary(before), after);
        return { year, rotation };
      });
      return { rotation, result: await draft.editResult(year, { all: true }) };
    },

    remove(programId, yearId, rotationId, userId) {
      const db = deps.writer();
      const year = transaction(db, () => {
        const year = requireYear(db, programId, yearId);
        const old = rotationById(db, yearId, rotationId);
        if (!old) throw new ScheduleItemNotFoundError('no such rotation');
        if (countAssignmentsOfRotation(db, yearId, rotationId) > 0 || countOverridesOfRotation(db, yearId, rotationId) > 0) throw new RotationInUseError();
        deleteRotation(db, yearId, rotationId);
        changeLog(db, yearId, userId, deps.now())('rotation', rotationId, rotationSummary(rotationOf(old)), null);
        return year;
      });
      return draft.editResult(year, { all: true });
    },
  };
}

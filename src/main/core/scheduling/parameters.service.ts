// Owns a program's rule parameters: every limit the engine applies, with ACGME defaults for
// anything not set. A change is logged in each of the program's years (it changes their findings
// and their next published version) and drops the program's warm validators.
import { RuleParameters, type RuleParametersInput } from '../../../shared/domain';
import { academicYearsOfProgram, transaction, upsertRuleParameters } from '../store';
import { programParameters } from './document-builder';
import { changeLog, subjects } from './internal/change-log';
import type { SchedulingDeps } from './internal/context';
import { parameterChanges, parametersSummary } from './internal/summaries';
import type { ValidationCache } from './validation-cache';

export interface ParametersService {
  get(programId: string): RuleParameters;
  set(programId: string, parameters: RuleParametersInput, userId: string): RuleParameters;
}

export function createParametersService(deps: SchedulingDeps, cache: ValidationCache): ParametersService {
  return {
    get(programId) {
      deps.programs.require(programId);
      return programParameters(deps.reader(), programId);
    },
    set(programId, input, userId) {
      deps.programs.require(programId);
      const next = RuleParameters.parse(input);
      const db = deps.writer();
      const now = deps.now();
      transaction(db, () => {
        const changes = parameterChanges(programParameters(db, programId), next);
        upsertRuleParameters(db, { program_id: programId, body: JSON.stringify(next), updated_at: now.toISOString() });
        if (!changes.length) return;
        for (const year of academicYearsOfProgram(db, programId)) {
          changeLog(db, year.id, userId, now)('parameters', subjects.parameters, parametersSummary(changes, 1), parametersSummary(changes, 2));
        }
      });
      cache.drop(programId);
      return next;
    },
  };
}

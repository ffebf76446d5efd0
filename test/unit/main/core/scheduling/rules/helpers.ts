// Test helpers for the rule specs: run the engine and keep one rule's findings.
import type { Finding, RuleId, ScheduleDocument } from '../../../../../../src/shared/domain';
import { validateSchedule } from '../../../../../../src/main/core/scheduling/engine';

export const findingsOf = (doc: ScheduleDocument, rule: RuleId): Finding[] => validateSchedule(doc).filter((f) => f.ruleId === rule);

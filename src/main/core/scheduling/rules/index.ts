// The rule registry: every rule in RULE_IDS, once. The engine runs person rules per person and
// block rules per block; a program's disabledRules switch any of them off.
import type { RuleId } from '../../../../shared/domain';
import { absenceConflictRule } from './absence-conflict.rule';
import { callFrequencyRule } from './call-frequency.rule';
import { consecutiveWorkDaysRule } from './consecutive-work-days.rule';
import { continuousHoursRule } from './continuous-hours.rule';
import { coverageRule } from './coverage.rule';
import { dayOffInSevenRule } from './day-off-in-seven.rule';
import { eligibilityRule } from './eligibility.rule';
import { nightFloatMaxRule } from './night-float-max.rule';
import { restAfter24hRule } from './rest-after-24h.rule';
import { restBetweenShiftsRule } from './rest-between-shifts.rule';
import type { BlockRule, PersonRule, Rule } from './rule';
import { supervisionRule } from './supervision.rule';
import { weeklyHoursRule } from './weekly-hours.rule';

export const PERSON_RULES: readonly PersonRule[] = [
  weeklyHoursRule,
  dayOffInSevenRule,
  consecutiveWorkDaysRule,
  continuousHoursRule,
  restAfter24hRule,
  restBetweenShiftsRule,
  callFrequencyRule,
  nightFloatMaxRule,
  eligibilityRule,
  absenceConflictRule,
];

export const BLOCK_RULES: readonly BlockRule[] = [coverageRule, supervisionRule];

export const RULES: ReadonlyMap<RuleId, Rule> = new Map<RuleId, Rule>([...PERSON_RULES, ...BLOCK_RULES].map((r) => [r.id, r]));

export { facultyNeeded } from './supervision.rule';
export type { BlockRule, PersonRule, Rule } from './rule';

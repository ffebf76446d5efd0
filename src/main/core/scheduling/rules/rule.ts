// Owns the shape of a rule: an id from RULE_IDS and a check. Person rules look at one person's
// duty timeline; block rules look at everyone in one block (coverage, supervision), which is what
// lets the incremental validator re-run only what an edit touched.
import type { Finding, RuleId } from '../../../../shared/domain';
import type { CompiledSchedule } from '../engine/compile';
import type { PersonTimeline } from '../engine/expand-person';

export interface PersonRule {
  readonly id: RuleId;
  readonly scope: 'person';
  check(s: CompiledSchedule, t: PersonTimeline): Finding[];
}

export interface BlockRule {
  readonly id: RuleId;
  readonly scope: 'block';
  /** `blockPos` is the block's position in `s.blocks`; `people` is every person's timeline. */
  check(s: CompiledSchedule, blockPos: number, people: readonly PersonTimeline[]): Finding[];
}

export type Rule = PersonRule | BlockRule;

// Owns running the registry: person rules over one timeline, block rules over one block, each
// skipped when the program disabled it, and the one order every caller shows findings in.
import type { Finding } from '../../../../../shared/domain';
import { BLOCK_RULES, PERSON_RULES } from '../../rules';
import type { CompiledSchedule } from '../compile';
import type { PersonTimeline } from '../expand-person';

export function personFindings(s: CompiledSchedule, t: PersonTimeline): Finding[] {
  if (t.person === undefined) return [];
  const out: Finding[] = [];
  for (const rule of PERSON_RULES) if (!s.disabled.has(rule.id)) out.push(...rule.check(s, t));
  return out;
}

export function blockFindings(s: CompiledSchedule, blockPos: number, people: readonly PersonTimeline[]): Finding[] {
  const out: Finding[] = [];
  for (const rule of BLOCK_RULES) if (!s.disabled.has(rule.id)) out.push(...rule.check(s, blockPos, people));
  return out;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Errors first, then by start date, person, rule and key (so equal inputs give equal lists). */
export const compareFindings = (a: Finding, b: Finding): number =>
  (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
  cmp(a.startDate, b.startDate) ||
  cmp(a.personId ?? '', b.personId ?? '') ||
  cmp(a.ruleId, b.ruleId) ||
  cmp(a.key, b.key);

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(compareFindings);
}

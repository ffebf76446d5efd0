// Owns running the registry: person rules over one timeline, block rules over one block, each
// skipped when the program disabled it; the one bound on a finding's text, so a rule listing long
// names can never make a finding (and with it a whole answer) fail the Finding schema; and the one
// order every caller shows findings in.
import type { Finding } from '../../../../../shared/domain';
import { BLOCK_RULES, PERSON_RULES } from '../../rules';
import type { CompiledSchedule } from '../compile';
import type { PersonTimeline } from '../expand-person';

/** The Finding schema's limit on explanation and suggestion. */
export const MAX_FINDING_TEXT = 1000;

const clip = (text: string): string => (text.length <= MAX_FINDING_TEXT ? text : `${text.slice(0, MAX_FINDING_TEXT - 1)}…`);

function collect(out: Finding[], found: readonly Finding[]): void {
  for (const f of found) {
    out.push(f.explanation.length <= MAX_FINDING_TEXT && f.suggestion.length <= MAX_FINDING_TEXT ? f : { ...f, explanation: clip(f.explanation), suggestion: clip(f.suggestion) });
  }
}

export function personFindings(s: CompiledSchedule, t: PersonTimeline): Finding[] {
  if (t.person === undefined) return [];
  const out: Finding[] = [];
  for (const rule of PERSON_RULES) if (!s.disabled.has(rule.id)) collect(out, rule.check(s, t));
  return out;
}

export function blockFindings(s: CompiledSchedule, blockPos: number, people: readonly PersonTimeline[]): Finding[] {
  const out: Finding[] = [];
  for (const rule of BLOCK_RULES) if (!s.disabled.has(rule.id)) collect(out, rule.check(s, blockPos, people));
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

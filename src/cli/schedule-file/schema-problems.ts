// Owns turning the schema's issues into problems a person fixes in a text editor: one per issue
// (one per unknown key), worded "Expected …" rather than zod's "Invalid input: expected …".
import type { z } from 'zod';
import { SCHEDULE_FORMAT_VERSION } from '../../shared/domain';
import type { InputProblem } from './problems';

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function wording(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) return `Missing: expected ${issue.expected}`;
  if (issue.path.length === 1 && issue.path[0] === 'formatVersion' && issue.code === 'invalid_value') {
    return `Unsupported format version: this resched reads formatVersion ${SCHEDULE_FORMAT_VERSION}`;
  }
  // zod's own messages start "Invalid input: ", "Invalid option: ", "Too big: " …
  const m = /^Invalid \w+: (.*)$/s.exec(issue.message);
  if (m) return capitalise(m[1]!);
  // Our schemas phrase formats as what is wanted ("a date written YYYY-MM-DD").
  if (issue.code === 'invalid_format' && /^[a-z]/.test(issue.message)) return `Expected ${issue.message}`;
  return capitalise(issue.message);
}

/** One problem per place: a value failing two checks (a malformed date is also not a real date) gets the first. */
export function problemsFromSchemaIssues(issues: readonly z.core.$ZodIssue[]): InputProblem[] {
  const seen = new Set<string>();
  return issues
    .flatMap((issue): InputProblem[] =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({ path: issue.path, key, message: `Unknown property "${key}"` }))
        : [{ path: issue.path, message: wording(issue) }],
    )
    .filter((p) => {
      const place = JSON.stringify([...p.path.map(String), p.key ?? null]);
      if (seen.has(place)) return false;
      seen.add(place);
      return true;
    });
}

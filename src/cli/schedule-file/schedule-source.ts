// Owns turning the text of a schedule file into a ScheduleDocument, or into the list of what is
// wrong with it and exactly where (file:line:column and JSON path): syntax first, then the schema,
// then the cross-references the schema cannot check. Pure: reading the file is read-input.ts.
import { ScheduleDocument } from '../../shared/domain';
import { checkCrossReferences } from './cross-references';
import { locateJsonPaths } from './json-locate';
import { formatJsonPath } from './json-path';
import { findJsonSyntaxError } from './json-syntax';
import type { LocatedProblem } from './problems';
import { problemsFromSchemaIssues } from './schema-problems';
import { positionAt, positionsAt } from './text-position';

/** Enough to fix a file in a few rounds; a file with thousands of problems is the wrong file. */
export const MAX_REPORTED_PROBLEMS = 50;

export type ScheduleSource =
  | { ok: true; doc: ScheduleDocument }
  /** `problems` holds at most MAX_REPORTED_PROBLEMS, in file order; `total` counts them all. */
  | { ok: false; problems: LocatedProblem[]; total: number };

export function parseScheduleSource(rawText: string, file: string): ScheduleSource {
  // Editors on Windows like to start UTF-8 files with a byte-order mark; JSON.parse does not.
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // Our scanner and V8 agree on what JSON is; the fallback only guards against a disagreement.
    const err = findJsonSyntaxError(text) ?? { offset: 0, message: (e as Error).message };
    return { ok: false, problems: [{ file, ...positionAt(text, err.offset), path: '', message: `Invalid JSON: ${err.message}` }], total: 1 };
  }
  const parsed = ScheduleDocument.safeParse(value);
  const problems = parsed.success ? checkCrossReferences(parsed.data) : problemsFromSchemaIssues(parsed.error.issues);
  if (parsed.success && problems.length === 0) return { ok: true, doc: parsed.data };
  const shown = problems.slice(0, MAX_REPORTED_PROBLEMS);
  const offsets = locateJsonPaths(text, shown).map((l) => l.offset);
  const positions = positionsAt(text, offsets);
  const located = shown
    .map((p, i) => ({ offset: offsets[i]!, file, ...positions[i]!, path: formatJsonPath(p.key === undefined ? p.path : [...p.path, p.key]), message: p.message }))
    .sort((a, b) => a.offset - b.offset)
    .map(({ offset: _offset, ...p }): LocatedProblem => p);
  return { ok: false, problems: located, total: problems.length };
}

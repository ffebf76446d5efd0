// Owns the shape of "this input is wrong here": a path in the document and a message, and once
// placed in the source text, the file, line and column an editor can jump to.
import type { JsonPath } from './json-locate';

export interface InputProblem {
  path: JsonPath;
  /** Set when the problem is a property name (an unknown key) rather than a value. */
  key?: string;
  message: string;
}

export interface LocatedProblem {
  file: string;
  line: number;
  column: number;
  /** `$.rotations[2].capacity.min`; for a JSON syntax error, the empty string. */
  path: string;
  message: string;
}

/** `schedule.json:14:22 $.rotations[2].capacity.min: Expected number, received string` */
export function formatProblem(p: LocatedProblem): string {
  return `${p.file}:${p.line}:${p.column} ${p.path ? `${p.path}: ` : ''}${p.message}`;
}

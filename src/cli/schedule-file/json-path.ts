// Owns how a path inside a JSON document is written in messages: JSONPath-style, `$` for the root,
// `.name` for plain property names, `["odd name"]` otherwise, `[3]` for array indexes.
import type { JsonPath } from './json-locate';

const PLAIN = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function formatJsonPath(path: JsonPath): string {
  let out = '$';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else if (typeof step === 'string' && PLAIN.test(step)) out += `.${step}`;
    else out += `[${JSON.stringify(String(step))}]`;
  }
  return out;
}

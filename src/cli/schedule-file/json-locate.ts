// Owns finding where values sit in JSON text, given the paths a validator reports
// (['rotations', 2, 'capacity', 'min']), so an error can say file:line:column. The text must be
// valid JSON (JSON.parse accepted it); like JSON.parse, the last of duplicate keys wins. Many
// paths are located in one walk of the text, descending only where some path leads.
import { JsonScanner } from './internal/json-scanner';

export type JsonPath = readonly PropertyKey[];

export interface JsonLocation {
  /** UTF-16 offset of the value (or of the key, when one was asked for). */
  offset: number;
  /** False when the path leaves the document (a missing property): `offset` is then the deepest existing value on the path. */
  exact: boolean;
}

/** A value to find; with `key`, the name of that property inside the object at `path` (for "unknown key" problems). */
export interface JsonLocateRequest {
  path: JsonPath;
  key?: string | undefined;
}

interface Node {
  children: Map<PropertyKey, Node>;
  seen: boolean;
  valueOffset: number;
  keyOffset: number;
}

const node = (): Node => ({ children: new Map(), seen: false, valueOffset: 0, keyOffset: 0 });

function walk(s: JsonScanner, n: Node): void {
  n.seen = true;
  n.valueOffset = s.pos;
  const c = s.peek();
  if (n.children.size === 0 || (c !== '{' && c !== '[')) {
    s.skipValue();
    return;
  }
  if (c === '{') {
    s.eachMember((name, keyOffset) => {
      const child = n.children.get(name);
      if (!child) return s.skipValue();
      child.keyOffset = keyOffset;
      walk(s, child);
    });
  } else {
    s.eachElement((index) => {
      const child = n.children.get(index);
      if (child) walk(s, child);
      else s.skipValue();
    });
  }
}

export function locateJsonPaths(text: string, requests: readonly JsonLocateRequest[]): JsonLocation[] {
  const root = node();
  const chains = requests.map(({ path, key }) => {
    const chain = [root];
    for (const step of key === undefined ? path : [...path, key]) {
      const parent = chain[chain.length - 1]!;
      let child = parent.children.get(step);
      if (!child) parent.children.set(step, (child = node()));
      chain.push(child);
    }
    return chain;
  });
  const s = new JsonScanner(text);
  s.skipWhitespace();
  walk(s, root);
  return chains.map((chain, i) => {
    const target = chain[chain.length - 1]!;
    if (target.seen) return { offset: requests[i]!.key === undefined ? target.valueOffset : target.keyOffset, exact: true };
    const deepest = chain.filter((n) => n.seen).pop()!;
    return { offset: deepest.valueOffset, exact: false };
  });
}

/** Where the value at `path` starts; with `key`, where that property's name starts inside the object at `path`. */
export function locateJsonPath(text: string, path: JsonPath, key?: string): JsonLocation {
  return locateJsonPaths(text, [{ path, key }])[0]!;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonPath, locateJsonPaths } from '../../../src/cli/schedule-file/json-locate';
import { JsonScanner } from '../../../src/cli/schedule-file/internal/json-scanner';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path to a value inside `v`, root included. */
function pathsOf(v: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...pathsOf(x, [...prefix, i])));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...pathsOf(x, [...prefix, k]));
  return out;
}
const at = (v: Json, path: (string | number)[]): Json => path.reduce<Json>((x, k) => (x as Record<string | number, Json>)[k]!, v);

/** The JSON value written at `offset`, read back with JSON.parse. */
function valueAt(text: string, offset: number): unknown {
  const s = new JsonScanner(text);
  s.pos = offset;
  s.skipValue();
  return JSON.parse(text.slice(offset, s.pos));
}

describe('locateJsonPath', () => {
  it('finds the value at every path of any document, however it is indented', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, '\t'), fc.nat(), (doc, indent, pick) => {
        const text = JSON.stringify(doc, null, indent);
        // What the text says (-0 is written 0), which is what a locator must find.
        const parsed = JSON.parse(text) as Json;
        const paths = pathsOf(parsed);
        const path = paths[pick % paths.length]!;
        const loc = locateJsonPath(text, path);
        expect(loc.exact).toBe(true);
        expect(valueAt(text, loc.offset)).toEqual(at(parsed, path));
      }),
      { numRuns: 1000 },
    );
  });

  it('follows JSON.parse when a key is repeated: the last one wins', () => {
    const text = '{"a": 1, "b": 2, "a": [3]}';
    expect(locateJsonPath(text, ['a'])).toEqual({ offset: text.indexOf('[3]'), exact: true });
  });

  it('points at a property name when asked for the key', () => {
    const text = '{"rotations": [{"id": "x", "colur": "#fff"}]}';
    expect(locateJsonPath(text, ['rotations', 0], 'colur')).toEqual({ offset: text.indexOf('"colur"'), exact: true });
  });

  it('points at the deepest existing value when the path leaves the document', () => {
    const text = '{"program": {"name": "x"}}';
    expect(locateJsonPath(text, ['program', 'code'])).toEqual({ offset: text.indexOf('{"name"'), exact: false });
    expect(locateJsonPath(text, ['people', 3, 'id'])).toEqual({ offset: 0, exact: false });
  });

  it('does not confuse an index with a property name or descend into a scalar', () => {
    const text = '{"0": "zero", "list": [10, 20], "n": 5}';
    expect(locateJsonPath(text, ['0'])).toEqual({ offset: text.indexOf('"zero"'), exact: true });
    expect(locateJsonPath(text, [0])).toEqual({ offset: 0, exact: false });
    expect(locateJsonPath(text, ['list', 1])).toEqual({ offset: text.indexOf('20'), exact: true });
    expect(locateJsonPath(text, ['n', 'x'])).toEqual({ offset: text.indexOf('5'), exact: false });
  });

  it('compares property names after unescaping, as JSON.parse does', () => {
    const text = '{"caf\\u00e9": true}';
    expect(locateJsonPath(text, ['café'])).toEqual({ offset: text.indexOf('true'), exact: true });
  });

  it('locates many paths in one walk exactly as it locates each alone', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), (doc, picks) => {
        const text = JSON.stringify(doc, null, 1);
        const paths = pathsOf(JSON.parse(text) as Json);
        const asked = picks.map((p) => ({ path: [...paths[p % paths.length]!, 'missing'] }));
        asked.push(...picks.map((p) => ({ path: paths[p % paths.length]! })));
        expect(locateJsonPaths(text, asked)).toEqual(asked.map((a) => locateJsonPath(text, a.path)));
      }),
      { numRuns: 300 },
    );
  });
});

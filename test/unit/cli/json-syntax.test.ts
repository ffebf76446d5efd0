import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../../src/cli/schedule-file/json-syntax';

const acceptedByJsonParse = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('findJsonSyntaxError', () => {
  it('accepts exactly what JSON.parse accepts, for any JSON value printed any way', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 1, 2, '\t', ' \r\n'), (value, indent) => {
        expect(findJsonSyntaxError(JSON.stringify(value, null, indent as never))).toBeNull();
      }),
    );
  });

  it('finds an error exactly when JSON.parse refuses, for valid JSON with one character inserted or removed', () => {
    const edited = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '0', '-', '.', '\\', '\u0001'))
      .map(([text, at, ch]) => {
        const i = at % (text.length + 1);
        return ch === '' ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + ch + text.slice(i);
      });
    fc.assert(
      fc.property(fc.oneof(edited, fc.string()), (text) => {
        expect(findJsonSyntaxError(text) === null).toBe(acceptedByJsonParse(text));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['{"a":}', 5, "Unexpected '}': expected a value"],
    ['{"a":1', 6, "Expected ',' or '}' after a property value, found end of input"],
    ['{"a" 1}', 5, "Expected ':' after the property name, found '1'"],
    ['{"a":1,}', 7, "Expected a property name in double quotes, found '}'"],
    ['[1 2]', 3, "Expected ',' or ']' after an array element, found '2'"],
    ['{"a":1}}', 7, "Unexpected '}' after the end of the JSON value"],
    ['{"a":"x', 5, 'Unterminated string'],
    ['{"a":"\t"}', 6, 'Control character in a string: write it as an escape such as \\n'],
    ['{"a":01}', 5, 'Invalid number'],
    ['{"a":tru}', 5, "Unexpected 't': expected a value"],
    ['', 0, 'Unexpected end of input: expected a value'],
  ])('places the error in %j at offset %i', (text, offset, message) => {
    expect(findJsonSyntaxError(text)).toEqual({ offset, message });
  });

  it('refuses nesting deeper than any schedule instead of overflowing the stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(findJsonSyntaxError(deep)?.message).toMatch(/^Nested more than \d+ levels deep$/);
  });
});

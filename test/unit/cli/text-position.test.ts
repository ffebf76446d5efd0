import { describe, expect, it } from 'vitest';
import { positionAt, positionsAt } from '../../../src/cli/schedule-file/text-position';

describe('positionAt', () => {
  it('counts lines and columns from 1', () => {
    expect(positionAt('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });

  it('treats \\r\\n as one line break and a lone \\r as one too', () => {
    expect(positionAt('a\r\nb', 3)).toEqual({ line: 2, column: 1 });
    expect(positionAt('a\rb\r\nc', 5)).toEqual({ line: 3, column: 1 });
  });

  it('counts a tab as one column and an astral character as two (UTF-16, as editors report)', () => {
    expect(positionAt('\t\tx', 2)).toEqual({ line: 1, column: 3 });
    expect(positionAt('😀x', 2)).toEqual({ line: 1, column: 3 });
  });

  it('places an offset at the end of the text just after its last character', () => {
    expect(positionAt('ab\n', 3)).toEqual({ line: 2, column: 1 });
    expect(positionAt('ab', 99)).toEqual({ line: 1, column: 3 });
  });

  it('answers many offsets in any order as it answers each alone', () => {
    const text = 'a\nbb\r\nccc\rd';
    const offsets = [9, 0, 4, 12, 2, 4];
    expect(positionsAt(text, offsets)).toEqual(offsets.map((o) => positionAt(text, o)));
  });
});

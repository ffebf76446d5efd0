// Owns turning offsets in a text into the line and column an editor shows: both 1-based,
// columns counted in UTF-16 code units (as VS Code and tsc do), a tab counting as one.
// Lines end at \n, \r\n or a lone \r.

export interface TextPosition {
  line: number;
  column: number;
}

/** Positions of many offsets in one pass over the text. */
export function positionsAt(text: string, offsets: readonly number[]): TextPosition[] {
  const order = offsets.map((o, i) => ({ at: Math.max(0, Math.min(o, text.length)), i })).sort((a, b) => a.at - b.at);
  const out: TextPosition[] = new Array<TextPosition>(offsets.length);
  let line = 1;
  let lineStart = 0;
  let pos = 0;
  for (const { at, i } of order) {
    for (; pos < at; pos++) {
      const c = text.charCodeAt(pos);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(pos + 1) !== 0x0a)) {
        line++;
        lineStart = pos + 1;
      }
    }
    out[i] = { line, column: at - lineStart + 1 };
  }
  return out;
}

export function positionAt(text: string, offset: number): TextPosition {
  return positionsAt(text, [offset])[0]!;
}

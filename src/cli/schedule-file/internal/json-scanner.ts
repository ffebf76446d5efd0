// Owns walking JSON text by hand (RFC 8259, strict): finding where a syntax error is, and where a
// value or key sits, which JSON.parse does not tell us. Offsets are UTF-16 indexes into the text.

export class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/** Deeper than any schedule document; stops hostile nesting from exhausting the stack. */
const MAX_DEPTH = 256;

const describe = (text: string, i: number): string => (i >= text.length ? 'end of input' : `'${text[i]}'`);

export class JsonScanner {
  pos = 0;
  constructor(readonly text: string) {}

  skipWhitespace(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return;
      this.pos++;
    }
  }

  fail(message: string, at = this.pos): never {
    throw new JsonSyntaxError(at, message);
  }

  peek(): string | undefined {
    return this.text[this.pos];
  }

  expect(ch: string, what: string): void {
    if (this.text[this.pos] !== ch) this.fail(`Expected ${what}, found ${describe(this.text, this.pos)}`);
    this.pos++;
  }

  /** Skips one value starting at `pos` (after whitespace). */
  skipValue(depth = 0): void {
    this.skipWhitespace();
    const c = this.text[this.pos];
    if (c === '{' || c === '[') {
      if (depth >= MAX_DEPTH) this.fail(`Nested more than ${MAX_DEPTH} levels deep`);
      if (c === '{') this.eachMember(() => this.skipValue(depth + 1));
      else this.eachElement(() => this.skipValue(depth + 1));
    } else if (c === '"') this.readString();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) this.skipNumber();
    else if (this.text.startsWith('true', this.pos)) this.pos += 4;
    else if (this.text.startsWith('false', this.pos)) this.pos += 5;
    else if (this.text.startsWith('null', this.pos)) this.pos += 4;
    else this.fail(c === undefined ? 'Unexpected end of input: expected a value' : `Unexpected ${describe(this.text, this.pos)}: expected a value`);
  }

  /** At '{': calls `onValue(key, keyOffset)` with `pos` at each member's value; it must consume the value. */
  eachMember(onValue: (key: string, keyOffset: number) => void): void {
    this.expect('{', "'{'");
    this.skipWhitespace();
    if (this.peek() === '}') {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.peek() !== '"') this.fail(`Expected a property name in double quotes, found ${describe(this.text, this.pos)}`);
      const keyOffset = this.pos;
      const key = this.readString();
      this.skipWhitespace();
      this.expect(':', "':' after the property name");
      this.skipWhitespace();
      onValue(key, keyOffset);
      this.skipWhitespace();
      const c = this.peek();
      this.pos++;
      if (c === '}') return;
      if (c !== ',') this.fail(`Expected ',' or '}' after a property value, found ${describe(this.text, this.pos - 1)}`, this.pos - 1);
    }
  }

  /**
   * At '[': calls `onValue(index)` with `pos` at each element; it must consume the element, or
   * return true to stop there (the rest of the array is then left unread).
   */
  eachElement(onValue: (index: number) => boolean | void): void {
    this.expect('[', "'['");
    this.skipWhitespace();
    if (this.peek() === ']') {
      this.pos++;
      return;
    }
    for (let index = 0; ; index++) {
      this.skipWhitespace();
      if (onValue(index) === true) return;
      this.skipWhitespace();
      const c = this.peek();
      this.pos++;
      if (c === ']') return;
      if (c !== ',') this.fail(`Expected ',' or ']' after an array element, found ${describe(this.text, this.pos - 1)}`, this.pos - 1);
    }
  }

  readString(): string {
    const t = this.text;
    const start = this.pos;
    this.expect('"', "'\"'");
    let out = '';
    let run = this.pos;
    for (;;) {
      if (this.pos >= t.length) this.fail('Unterminated string', start);
      const c = t.charCodeAt(this.pos);
      if (c === 0x22) {
        out += t.slice(run, this.pos);
        this.pos++;
        return out;
      }
      if (c < 0x20) this.fail('Control character in a string: write it as an escape such as \\n');
      if (c !== 0x5c) {
        this.pos++;
        continue;
      }
      out += t.slice(run, this.pos);
      const e = t[this.pos + 1];
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (e !== undefined && e in simple) {
        out += simple[e];
        this.pos += 2;
      } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(t.slice(this.pos + 2, this.pos + 6))) {
        out += String.fromCharCode(parseInt(t.slice(this.pos + 2, this.pos + 6), 16));
        this.pos += 6;
      } else this.fail('Invalid escape in a string');
      run = this.pos;
    }
  }

  private skipNumber(): void {
    const start = this.pos;
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    m.lastIndex = start;
    const hit = m.exec(this.text);
    if (!hit) this.fail('Invalid number', start);
    this.pos += hit[0].length;
    const next = this.text[this.pos];
    // "01", "1.", "1e" and the like: the regex stopped inside something that is not a number.
    if (next !== undefined && /[0-9.eE+-]/.test(next)) this.fail('Invalid number', start);
  }
}

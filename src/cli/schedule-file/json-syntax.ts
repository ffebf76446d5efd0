// Owns finding the first syntax error in JSON text, with its exact offset: V8's JSON.parse
// messages often leave the position out ("Unexpected token '}', … is not valid JSON").
import { JsonScanner, JsonSyntaxError } from './internal/json-scanner';

export interface JsonSyntaxProblem {
  offset: number;
  message: string;
}

/** The first error in `text`, or null if it is one valid JSON value (surrounded by whitespace). */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | null {
  const s = new JsonScanner(text);
  try {
    s.skipValue();
    s.skipWhitespace();
    if (s.pos < text.length) s.fail(`Unexpected '${text[s.pos]}' after the end of the JSON value`);
    return null;
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { offset: e.offset, message: e.message };
    throw e;
  }
}

// Owns reading the schedule file named by --input (or stdin for "-") as strict UTF-8 text.
// Failures are answers, not exceptions: the caller reports them as unreadable input (exit 2).
import { readFileSync } from 'node:fs';

export type InputText = { ok: true; text: string; file: string } | { ok: false; message: string };

export const STDIN_LABEL = '<stdin>';

export function readInputText(input: string): InputText {
  const file = input === '-' ? STDIN_LABEL : input;
  let bytes: Buffer;
  try {
    bytes = readFileSync(input === '-' ? 0 : input);
  } catch (e) {
    return { ok: false, message: `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}` };
  }
  try {
    // fatal: a file in another encoding is refused, not silently read with U+FFFD in its names.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), file };
  } catch {
    return { ok: false, message: `cannot read ${file}: not UTF-8 text` };
  }
}

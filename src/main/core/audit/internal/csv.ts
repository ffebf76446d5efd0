// Owns CSV text: RFC 4180 (comma, CRLF, quotes doubled inside quoted fields) plus the OWASP guard
// against formula injection: a cell a spreadsheet would evaluate (= + - @, tab, CR first) gets a
// leading single quote, so it opens as text.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (cells: readonly (string | number | null)[]): string => `${cells.map(csvCell).join(',')}\r\n`;

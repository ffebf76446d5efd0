// Owns what may reach a log line: secrets and personal data are replaced before anything is written.
const SECRET_KEY = /pass(word|phrase)?|token|secret|key|authori[sz]ation|recovery|cookie|credential|pin|otp/i;
const PERSONAL_KEY = /name|e-?mail|phone|licen[cs]e|address|reason|note|birth|ssn/i;
const JWT = /\beyJ[\w-]+\.[\w-]+\.[\w-]+/g;
const LONG_HEX = /\b[0-9a-f]{32,}\b/gi;
const LONG_B64 = /\b[A-Za-z0-9+/_-]{40,}={0,2}/g;
const RECOVERY_CODE = /\b(?:[0-9A-Z]{4}-){5,}[0-9A-Z]{4}\b/gi;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/g;

const MAX_DEPTH = 6;

export function sanitizeString(s: string): string {
  return s
    .replace(JWT, '[redacted:jwt]')
    .replace(RECOVERY_CODE, '[redacted:code]')
    .replace(LONG_HEX, '[redacted:hex]')
    .replace(LONG_B64, '[redacted:b64]')
    .replace(EMAIL, '[redacted:email]');
}

export function sanitize(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return sanitizeString(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[truncated]';
  if (value instanceof Error) {
    return { name: value.name, message: sanitizeString(value.message), code: (value as { code?: unknown }).code };
  }
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return '[redacted:bytes]';
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => sanitize(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (SECRET_KEY.test(k)) out[k] = '[redacted]';
    else if (PERSONAL_KEY.test(k)) out[k] = '[redacted:pii]';
    else out[k] = sanitize(v, depth + 1);
  }
  return out;
}

// Owns structured logging. Every field passes the sanitizer: a log line never carries a secret or
// personal data, whatever a caller hands in.
import { sanitize, sanitizeString } from './internal/sanitize';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export interface LogRecord {
  time: string;
  level: LogLevel;
  scope: string;
  msg: string;
  data?: unknown;
}
export type LogSink = (record: LogRecord) => void;

export interface Logger {
  debug(msg: string, data?: unknown): void;
  info(msg: string, data?: unknown): void;
  warn(msg: string, data?: unknown): void;
  error(msg: string, data?: unknown): void;
  child(scope: string): Logger;
}

export const stderrSink: LogSink = (r) => {
  process.stderr.write(`${JSON.stringify(r)}\n`);
};

export function createLogger(sink: LogSink, scope = 'app'): Logger {
  const emit = (level: LogLevel) => (msg: string, data?: unknown) => {
    const record: LogRecord = { time: new Date().toISOString(), level, scope, msg: sanitizeString(msg) };
    if (data !== undefined) record.data = sanitize(data);
    sink(record);
  };
  return {
    debug: emit('debug'),
    info: emit('info'),
    warn: emit('warn'),
    error: emit('error'),
    child: (sub) => createLogger(sink, `${scope}.${sub}`),
  };
}

/** A logger that keeps records in memory: for tests that prove what is (not) logged. */
export function createMemoryLogger(): { logger: Logger; records: LogRecord[] } {
  const records: LogRecord[] = [];
  return { logger: createLogger((r) => records.push(r)), records };
}

export { sanitize, sanitizeString };

/**
 * The server's only way to say something. Messages and fields must never contain link tokens or
 * URLs that carry them: tokens are credentials, and logs travel further than the database.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

function line(level: string, message: string, fields?: Record<string, unknown>): string {
  const extra = fields ? ` ${JSON.stringify(fields, errorReplacer)}` : "";
  return `${new Date().toISOString()} ${level} ${message}${extra}`;
}

// Error objects stringify to {} by default; keep their message (never their stack in one line).
function errorReplacer(_key: string, value: unknown): unknown {
  return value instanceof Error ? `${value.name}: ${value.message}` : value;
}

/** One line per event on stdout/stderr, readable by people and by `journalctl`/Docker alike. */
export const consoleLogger: Logger = {
  info: (m, f) => console.log(line("INFO", m, f)),
  warn: (m, f) => console.warn(line("WARN", m, f)),
  error: (m, f) => console.error(line("ERROR", m, f)),
};

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

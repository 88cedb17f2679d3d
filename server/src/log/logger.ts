/**
 * The server's only way to say something. Messages and fields must never contain link tokens or
 * URLs that carry them: tokens are credentials, and logs travel further than the database.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

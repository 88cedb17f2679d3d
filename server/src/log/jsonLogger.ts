import { type DestinationStream, pino } from "pino";
import type { Logger } from "./logger.ts";
import { scrubSecrets, scrubString } from "./scrubSecrets.ts";

/** `LOG_LEVEL` values: the lines at this level and above are written; `silent` writes none. */
export const LOG_LEVELS = ["info", "warn", "error", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const isLogLevel = (value: string): value is LogLevel =>
  (LOG_LEVELS as readonly string[]).includes(value);

/**
 * Fields whose value is a credential whatever it holds, at the top or one level down (e.g.
 * `headers.authorization`). Strings elsewhere are searched for `token=` and `Bearer` (scrubSecrets).
 */
const REDACTED_KEYS = ["authorization", "cookie", "token", "secret", "password", "tldrawLicenseKey"];
const REDACT_PATHS = REDACTED_KEYS.flatMap((key) => [key, `*.${key}`]);

export interface JsonLoggerOptions {
  level?: LogLevel;
  /** Default: stdout, written synchronously (no line lost when the process exits). */
  destination?: DestinationStream;
}

/**
 * One JSON object per line (`level`, `time` as ISO 8601, `pid`, `hostname`, `msg`, then the
 * fields), as log collectors (journald, Docker, Loki, Elastic) read without a parser of their own.
 */
export function jsonLogger({ level = "info", destination }: JsonLoggerOptions = {}): Logger {
  const log = pino(
    {
      level,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
  const write =
    (method: "info" | "warn" | "error") =>
    (message: string, fields?: Record<string, unknown>): void => {
      if (!log.isLevelEnabled(method)) return;
      log[method](fields ? (scrubSecrets(fields) as object) : {}, scrubString(message));
    };
  return { info: write("info"), warn: write("warn"), error: write("error") };
}

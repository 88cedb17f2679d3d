import type { Logger } from "./logger.ts";

/** A logger that adds `extra` to every line (the line's own fields win). */
export function withFields(inner: Logger, extra: Record<string, unknown>): Logger {
  const wrap =
    (level: keyof Logger) =>
    (message: string, fields?: Record<string, unknown>): void =>
      inner[level](message, { ...extra, ...fields });
  return { info: wrap("info"), warn: wrap("warn"), error: wrap("error") };
}

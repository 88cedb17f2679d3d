import type { Logger } from "../log/logger.ts";

const PRIVATE_NAME = /private-[A-Za-z0-9_-]{22,64}/g;

const redact = (value: unknown): unknown =>
  typeof value === "string" ? value.replace(PRIVATE_NAME, "private-…") : value;

/**
 * A private document's name is the secret that keeps its notes private, like a link token: it
 * must not reach the logs. Rooms and sockets log their `DocRef` (`doc`) and registry key, so
 * every message and top-level string field passes through here.
 */
export function redactPrivateDocNames(inner: Logger): Logger {
  const wrap =
    (level: keyof Logger) =>
    (message: string, fields?: Record<string, unknown>): void => {
      const clean = fields
        ? Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, redact(v)]))
        : undefined;
      inner[level](redact(message) as string, clean);
    };
  return { info: wrap("info"), warn: wrap("warn"), error: wrap("error") };
}

import type { Logger } from "./logger.ts";
import { currentRequestId } from "./requestContext.ts";

/** A logger that adds `requestId` to every line written while an HTTP request is handled. */
export function withRequestId(inner: Logger): Logger {
  const wrap =
    (level: keyof Logger) =>
    (message: string, fields?: Record<string, unknown>): void => {
      const requestId = currentRequestId();
      inner[level](message, requestId === undefined ? fields : { ...fields, requestId });
    };
  return { info: wrap("info"), warn: wrap("warn"), error: wrap("error") };
}

import { TIMINGS } from "@wijkbord/shared";
import type { Logger } from "./logger.ts";

export interface RateLimit {
  /** Lines of one message text written per window; the rest are counted. */
  burst: number;
  windowMs: number;
  now?: () => number;
}

/**
 * A logger that writes at most `burst` lines of the same message per window and then one summary
 * line with the number it left out. A client sending a flood of bad frames must not be able to
 * fill the disk or drown the lines that matter. Messages are constant texts (details go in the
 * fields), so the message is the key.
 */
export function rateLimitedLogger(
  inner: Logger,
  { burst, windowMs, now = Date.now }: RateLimit = {
    burst: TIMINGS.logBurstPerMessage,
    windowMs: TIMINGS.logWindowMs,
  },
): Logger {
  const windows = new Map<string, { start: number; written: number; dropped: number }>();
  const write = (level: keyof Logger) => (message: string, fields?: Record<string, unknown>) => {
    const t = now();
    const key = `${level} ${message}`;
    let w = windows.get(key);
    if (!w || t - w.start >= windowMs) {
      if (w && w.dropped > 0) {
        inner[level](`left out ${w.dropped} more lines of: ${message}`, { windowMs });
      }
      w = { start: t, written: 0, dropped: 0 };
      windows.set(key, w);
      // Keys are the server's own constant texts, so this map stays small; prune old windows anyway.
      if (windows.size > 1000) {
        for (const [k, v] of windows) if (t - v.start >= windowMs && v.dropped === 0) windows.delete(k);
      }
    }
    if (w.written < burst) {
      w.written++;
      inner[level](message, fields);
    } else {
      w.dropped++;
    }
  };
  return { info: write("info"), warn: write("warn"), error: write("error") };
}

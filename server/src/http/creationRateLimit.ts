import type { MiddlewareHandler } from "hono";
import { apiError } from "./apiError.ts";

const HOUR_MS = 60 * 60 * 1000;

/** The client's address as the socket sees it; behind a proxy that is the proxy's. */
function remoteAddress(env: unknown): string {
  const incoming = (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? "unknown";
}

/**
 * Caps the sessions one address may create per hour (a sliding window), so one script cannot fill
 * the disk with sessions. Answers 429 with Retry-After and a message that says when to try again.
 */
export function creationRateLimit(perHour: number, now: () => number = Date.now): MiddlewareHandler {
  const byAddress = new Map<string, number[]>();
  return async (c, next) => {
    const t = now();
    const address = remoteAddress(c.env);
    const recent = (byAddress.get(address) ?? []).filter((at) => t - at < HOUR_MS);
    if (recent.length >= perHour) {
      const retryS = Math.ceil((HOUR_MS - (t - (recent[0] as number))) / 1000);
      byAddress.set(address, recent);
      c.header("Retry-After", String(retryS));
      return apiError(
        c,
        429,
        "too_many_sessions",
        `at most ${perHour} sessions per hour from one address; try again in ${Math.ceil(retryS / 60)} minutes`,
      );
    }
    recent.push(t);
    byAddress.set(address, recent);
    // Forget addresses whose window has passed, so the map does not grow without end.
    if (byAddress.size > 10_000) {
      for (const [a, times] of byAddress) if (t - (times.at(-1) ?? 0) >= HOUR_MS) byAddress.delete(a);
    }
    await next();
  };
}

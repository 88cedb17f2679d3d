import { describe, expect, it } from "vitest";
import type { Logger } from "./logger.ts";
import { rateLimitedLogger } from "./rateLimitedLogger.ts";

function capture() {
  const lines: string[] = [];
  const logger: Logger = {
    info: (m) => lines.push(`info ${m}`),
    warn: (m) => lines.push(`warn ${m}`),
    error: (m) => lines.push(`error ${m}`),
  };
  return { lines, logger };
}

describe("rateLimitedLogger", () => {
  it("writes a burst of one message per window, then says how many it left out", () => {
    const { lines, logger } = capture();
    let t = 0;
    const log = rateLimitedLogger(logger, { burst: 3, windowMs: 1000, now: () => t });
    for (let i = 0; i < 10_000; i++) log.warn("closing socket: malformed frame", { i });
    expect(lines).toEqual(Array(3).fill("warn closing socket: malformed frame"));
    t = 1000;
    log.warn("closing socket: malformed frame");
    expect(lines.slice(3)).toEqual([
      "warn left out 9997 more lines of: closing socket: malformed frame",
      "warn closing socket: malformed frame",
    ]);
  });

  it("limits each message and level on its own", () => {
    const { lines, logger } = capture();
    const log = rateLimitedLogger(logger, { burst: 1, windowMs: 1000, now: () => 0 });
    log.warn("a");
    log.warn("a");
    log.warn("b");
    log.error("a");
    log.info("listening");
    expect(lines).toEqual(["warn a", "warn b", "error a", "info listening"]);
  });
});

import { describe, expect, it } from "vitest";
import { jsonLogger, type LogLevel } from "./jsonLogger.ts";

function capture(level?: LogLevel) {
  const lines: string[] = [];
  const logger = jsonLogger({ level, destination: { write: (s: string) => void lines.push(s) } });
  const records = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  return { logger, lines, records };
}

describe("jsonLogger", () => {
  it("writes one JSON object per line with level, ISO time, msg and the fields", () => {
    const { logger, lines, records } = capture();
    logger.info("Wijkbord listening", { port: 8080 });
    logger.warn("closing socket: malformed frame", { sessionId: "s1", doc: "board" });
    logger.error("compaction failed", { error: new TypeError("disk full") });
    expect(lines.every((l) => l.endsWith("\n") && l.indexOf("\n") === l.length - 1)).toBe(true);
    const [info, warn, error = {}] = records();
    expect(info).toMatchObject({ level: "info", msg: "Wijkbord listening", port: 8080 });
    expect(new Date(info?.time as string).toISOString()).toBe(info?.time);
    expect(warn).toMatchObject({ level: "warn", sessionId: "s1", doc: "board" });
    expect(error).toMatchObject({ level: "error", error: { type: "TypeError", message: "disk full" } });
    expect((error.error as { stack: string }).stack).toContain("TypeError: disk full");
  });

  it("leaves out lines below its level", () => {
    const { logger, records } = capture("warn");
    logger.info("routine");
    logger.warn("worth a look");
    logger.error("broken");
    expect(records().map((r) => r.msg)).toEqual(["worth a look", "broken"]);
    const silent = capture("silent");
    silent.logger.error("broken");
    expect(silent.lines).toEqual([]);
  });

  it("never writes a credential: keys that hold one, token= in URLs, Bearer values", () => {
    const { logger, lines } = capture();
    logger.warn("request to /api/sessions/s1?token=tok-in-query&lang=nl", {
      authorization: "Bearer tok-in-header.secret-in-header",
      headers: { authorization: "Bearer tok-nested", cookie: "c=cookie-value" },
      token: "tok-field",
      url: "https://wijkbord.example/s/s1#token=tok-in-fragment",
      detail: "sent Bearer tok-in-text with it",
      nested: { deeper: ["https://x/ws/s1/board?secret=secret-in-query"] },
      error: new Error("fetch https://x/api?token=tok-in-error failed"),
    });
    const text = lines.join("");
    for (const secret of [
      "tok-in-query",
      "tok-in-header",
      "secret-in-header",
      "tok-nested",
      "cookie-value",
      "tok-field",
      "tok-in-fragment",
      "tok-in-text",
      "secret-in-query",
      "tok-in-error",
    ]) {
      expect(text).not.toContain(secret);
    }
    const record = JSON.parse(lines[0] as string);
    expect(record.msg).toBe("request to /api/sessions/s1?token=[redacted]&lang=nl");
    expect(record.url).toBe("https://wijkbord.example/s/s1#token=[redacted]");
    expect(record.authorization).toBe("[redacted]");
  });
});

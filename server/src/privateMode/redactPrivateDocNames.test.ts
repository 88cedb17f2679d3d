import { describe, expect, it } from "vitest";
import type { Logger } from "../log/logger.ts";
import { redactPrivateDocNames } from "./redactPrivateDocNames.ts";

describe("redactPrivateDocNames", () => {
  it("keeps private document names out of messages and fields, and leaves the rest", () => {
    const lines: unknown[][] = [];
    const inner: Logger = {
      info: (...a) => lines.push(["info", ...a]),
      warn: (...a) => lines.push(["warn", ...a]),
      error: (...a) => lines.push(["error", ...a]),
    };
    const secret = "private-AbCdEfGhIjKlMnOpQrStUv";
    const logger = redactPrivateDocNames(inner);
    logger.warn("dropped write", { sessionId: "s1", doc: secret, role: "viewer", n: 3 });
    logger.error(`unloading ${secret} failed`, { key: `s1/${secret}` });
    logger.info("board ok", { doc: "board" });
    expect(JSON.stringify(lines)).not.toContain("AbCdEfGhIjKlMnOpQrStUv");
    expect(lines).toEqual([
      ["warn", "dropped write", { sessionId: "s1", doc: "private-…", role: "viewer", n: 3 }],
      ["error", "unloading private-… failed", { key: "s1/private-…" }],
      ["info", "board ok", { doc: "board" }],
    ]);
  });
});

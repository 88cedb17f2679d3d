import { describe, expect, it } from "vitest";
import { LIMITS } from "./limits.ts";
import { CreateSessionRequestSchema, SessionInfoSchema } from "./session.ts";

describe("CreateSessionRequestSchema", () => {
  const valid = { title: "Werksessie Atolwijk", wijk: "Atolwijk", worksheets: ["gedeeld-verhaal"] };

  it("accepts a valid request and trims the texts", () => {
    const parsed = CreateSessionRequestSchema.parse({ ...valid, title: "  Werksessie  " });
    expect(parsed.title).toBe("Werksessie");
  });

  it("refuses unknown fields", () => {
    const r = CreateSessionRequestSchema.safeParse({ ...valid, admin: true });
    expect(r.success).toBe(false);
  });

  it("refuses empty, over-long and wrongly typed fields with a message naming the field", () => {
    const cases: unknown[] = [
      { ...valid, title: "   " },
      { ...valid, title: "x".repeat(LIMITS.maxTitleLength + 1) },
      { ...valid, wijk: 42 },
      { ...valid, worksheets: [] },
      { ...valid, worksheets: ["Not An Id"] },
    ];
    for (const c of cases) {
      const r = CreateSessionRequestSchema.safeParse(c);
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.message).toBeTruthy();
    }
  });
});

describe("SessionInfoSchema", () => {
  it("does not require links (only the facilitator gets them)", () => {
    const r = SessionInfoSchema.safeParse({
      id: "abcdefghijkl",
      title: "t",
      wijk: "w",
      createdAt: new Date().toISOString(),
      role: "participant",
      worksheets: [{ instanceId: "gedeeld-verhaal", worksheetId: "gedeeld-verhaal", version: 1, x: 0, y: 0 }],
      protocolVersion: 1,
    });
    expect(r.success).toBe(true);
  });
});

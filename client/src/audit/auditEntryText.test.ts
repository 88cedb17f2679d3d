import { describe, expect, it } from "vitest";
import { auditEntryText } from "./auditEntryText.ts";
import { AUDIT_MESSAGES } from "./auditMessages.ts";

describe("auditEntryText", () => {
  it("says what in the page's language, with details, and who", () => {
    const entry = {
      at: "2026-02-01T10:00:00.000Z",
      action: "export" as const,
      actor: { via: "co-facilitator" as const, memberId: "p-123456789abc", name: "Sanne" },
      detail: { format: "pdf" },
    };
    expect(auditEntryText(entry, AUDIT_MESSAGES.nl)).toEqual({
      what: "Geëxporteerd (format: pdf)",
      who: "Sanne · #p-123456 · co-facilitator",
    });
    expect(auditEntryText({ ...entry, detail: {}, actor: { via: "home-page" } }, AUDIT_MESSAGES.en)).toEqual({
      what: "Exported",
      who: "home page",
    });
  });
});

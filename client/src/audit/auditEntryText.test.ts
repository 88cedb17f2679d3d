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
      what: "Geëxporteerd (formaat: pdf)",
      who: "Sanne · #p-123456 · co-facilitator",
    });
    expect(auditEntryText({ ...entry, detail: {}, actor: { via: "home-page" } }, AUDIT_MESSAGES.en)).toEqual({
      what: "Exported",
      who: "home page",
    });
  });

  it("names the details and their word values in the page's language, ids as stored", () => {
    const created = {
      at: "2026-02-01T10:00:00.000Z",
      action: "create" as const,
      actor: { via: "home-page" as const },
      detail: { from: "home-page" },
    };
    expect(auditEntryText(created, AUDIT_MESSAGES.nl).what).toBe(
      "Werksessie aangemaakt (vanuit: startpagina)",
    );
    expect(auditEntryText(created, AUDIT_MESSAGES.en).what).toBe("Session created (from: home page)");
    const rotated = { ...created, action: "rotate" as const, detail: { roles: "participant,viewer" } };
    expect(auditEntryText(rotated, AUDIT_MESSAGES.nl).what).toBe("Link vervangen (links: deelnemer, kijker)");
    const removed = { ...created, action: "remove" as const, detail: { participant: "p-42" } };
    expect(auditEntryText(removed, AUDIT_MESSAGES.nl).what).toBe("Deelnemer verwijderd (deelnemer: p-42)");
  });
});

import { describe, expect, it } from "vitest";
import { LOCALES } from "../app/messages.ts";
import { ROLES_MESSAGES, rolesErrorText } from "./rolesMessages.ts";

describe("roles messages", () => {
  it("has the same keys in every language, none empty", () => {
    const nlKeys = Object.keys(ROLES_MESSAGES.nl).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(ROLES_MESSAGES[locale]).sort()).toEqual(nlKeys);
      for (const value of Object.values(ROLES_MESSAGES[locale])) expect(value.trim()).not.toBe("");
    }
  });

  it("says clearly that removing for good also needs a new participant link", () => {
    expect(ROLES_MESSAGES.nl.removeNote).toContain("nieuwe deelnemerslink");
    expect(ROLES_MESSAGES.en.removeNote).toContain("new participant link");
  });

  it("translates known refusals and keeps the server's message otherwise", () => {
    expect(rolesErrorText(ROLES_MESSAGES.nl, "unknown_participant", "x")).toMatch(/nog niet/);
    expect(rolesErrorText(ROLES_MESSAGES.en, "odd", "odd thing")).toBe("Did not work: odd thing");
    expect(rolesErrorText(ROLES_MESSAGES.nl, undefined, "network")).toBe(
      "Niet gelukt: de server is niet bereikbaar.",
    );
  });
});

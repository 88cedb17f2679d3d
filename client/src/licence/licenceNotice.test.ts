import { describe, expect, it } from "vitest";
import { licenceNotice } from "./licenceNotice.ts";

const now = new Date("2027-01-15T12:00:00Z");

describe("licenceNotice", () => {
  it("says nothing when tldraw needs no key here or the key lasts beyond the warning period", () => {
    expect(licenceNotice({ state: "not-needed" }, now, "nl")).toBeNull();
    expect(licenceNotice({ state: "valid", hosts: ["*"] }, now, "nl")).toBeNull();
    expect(licenceNotice({ state: "valid", expires: "2027-06-01T00:00:00.000Z" }, now, "nl")).toBeNull();
  });

  it("names the problem when tldraw will hide the board", () => {
    expect(licenceNotice({ state: "missing" }, now, "nl")?.problem).toBe("De tldraw-licentie ontbreekt.");
    expect(licenceNotice({ state: "missing" }, now, "en")?.problem).toBe("The tldraw licence is missing.");
    expect(licenceNotice({ state: "invalid" }, now, "nl")?.problem).toContain("ongeldig");
    expect(licenceNotice({ state: "wrong-host", hosts: ["a.nl", "*.b.nl"] }, now, "nl")?.problem).toBe(
      "De tldraw-licentie geldt niet voor dit adres (wel voor: a.nl, *.b.nl).",
    );
    const expired = licenceNotice({ state: "expired", expires: "2027-01-01T00:00:00.000Z" }, now, "nl");
    expect(expired?.problem).toBe("De tldraw-licentie is verlopen op 31 december 2026.");
    expect(expired?.consequence).toContain("5 seconden");
  });

  it("gives the last day of the board within the warning period", () => {
    const soon = { state: "valid" as const, expires: "2027-02-01T00:00:00.000Z" };
    expect(licenceNotice(soon, now, "nl")?.problem).toBe("De tldraw-licentie verloopt op 31 januari 2027.");
    expect(licenceNotice(soon, now, "en")?.problem).toBe("The tldraw licence expires on 31 January 2027.");
  });
});

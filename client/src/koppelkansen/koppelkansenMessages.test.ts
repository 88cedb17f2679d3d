import { describe, expect, it } from "vitest";
import { LOCALES } from "../app/messages.ts";
import { KOPPELKANSEN_MESSAGES } from "./koppelkansenMessages.ts";

describe("koppelkansen messages", () => {
  it("has the same keys in every language, none empty", () => {
    const nlKeys = Object.keys(KOPPELKANSEN_MESSAGES.nl).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(KOPPELKANSEN_MESSAGES[locale]).sort()).toEqual(nlKeys);
      for (const value of Object.values(KOPPELKANSEN_MESSAGES[locale])) expect(value.trim()).not.toBe("");
    }
  });
});

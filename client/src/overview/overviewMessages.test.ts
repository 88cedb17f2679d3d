import { describe, expect, it } from "vitest";
import { LOCALES } from "../app/messages.ts";
import { OVERVIEW_MESSAGES } from "./overviewMessages.ts";

describe("overview messages", () => {
  it("has the same keys in every language, none empty", () => {
    const nlKeys = Object.keys(OVERVIEW_MESSAGES.nl).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(OVERVIEW_MESSAGES[locale]).sort()).toEqual(nlKeys);
      for (const value of Object.values(OVERVIEW_MESSAGES[locale])) expect(value.trim()).not.toBe("");
    }
  });
});

import { describe, expect, it } from "vitest";
import { LOCALES } from "../app/messages.ts";
import { LOCKING_MESSAGES } from "./lockingMessages.ts";

describe("LOCKING_MESSAGES", () => {
  it("has the same keys in every language, none empty", () => {
    const nlKeys = Object.keys(LOCKING_MESSAGES.nl).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(LOCKING_MESSAGES[locale]).sort()).toEqual(nlKeys);
      for (const value of Object.values(LOCKING_MESSAGES[locale])) expect(value.trim()).not.toBe("");
    }
  });
});

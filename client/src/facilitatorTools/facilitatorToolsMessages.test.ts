import { describe, expect, it } from "vitest";
import { LOCALES } from "../app/messages.ts";
import { FACILITATOR_TOOLS_MESSAGES } from "./facilitatorToolsMessages.ts";

describe("facilitator tools messages", () => {
  it("has the same keys in every language, none empty", () => {
    const nlKeys = Object.keys(FACILITATOR_TOOLS_MESSAGES.nl).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(FACILITATOR_TOOLS_MESSAGES[locale]).sort()).toEqual(nlKeys);
      for (const value of Object.values(FACILITATOR_TOOLS_MESSAGES[locale]))
        expect(value.trim()).not.toBe("");
    }
  });
});

import { describe, expect, it } from "vitest";
import { LOCALES } from "../app/messages.ts";
import { WIDGET_MESSAGES } from "./widgetMessages.ts";

describe("status widget messages", () => {
  it("has the same keys in every language, none empty", () => {
    const nlKeys = Object.keys(WIDGET_MESSAGES.nl).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(WIDGET_MESSAGES[locale]).sort()).toEqual(nlKeys);
      for (const value of Object.values(WIDGET_MESSAGES[locale])) expect(value.trim()).not.toBe("");
    }
  });
});

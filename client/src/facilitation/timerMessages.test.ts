import { describe, expect, it } from "vitest";
import { LOCALES } from "../app/messages.ts";
import { TIMER_MESSAGES } from "./timerMessages.ts";

describe("timer messages", () => {
  it("has the same keys in every language, none empty", () => {
    const nlKeys = Object.keys(TIMER_MESSAGES.nl).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(TIMER_MESSAGES[locale]).sort()).toEqual(nlKeys);
      for (const value of Object.values(TIMER_MESSAGES[locale])) expect(value.trim()).not.toBe("");
    }
  });
});

import { ReactionKindSchema } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../app/messages.ts";
import { FACILITATION_MESSAGES } from "./facilitationMessages.ts";

describe("facilitation messages", () => {
  it("has the same keys in every language, none empty", () => {
    const nlKeys = Object.keys(FACILITATION_MESSAGES.nl).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(FACILITATION_MESSAGES[locale]).sort()).toEqual(nlKeys);
      for (const value of Object.values(FACILITATION_MESSAGES[locale])) expect(value.trim()).not.toBe("");
    }
  });

  it("names every reaction in both languages", () => {
    for (const kind of ReactionKindSchema.options) {
      expect(FACILITATION_MESSAGES.nl[kind]).toBeTruthy();
      expect(FACILITATION_MESSAGES.en[kind]).toBeTruthy();
    }
  });
});

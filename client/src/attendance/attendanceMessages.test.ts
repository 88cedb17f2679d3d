import { describe, expect, it } from "vitest";
import { LOCALES } from "../app/messages.ts";
import { ATTENDANCE_MESSAGES } from "./attendanceMessages.ts";

describe("attendance messages", () => {
  it("has the same keys in every language, none empty", () => {
    const nlKeys = Object.keys(ATTENDANCE_MESSAGES.nl).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(ATTENDANCE_MESSAGES[locale]).sort()).toEqual(nlKeys);
      for (const value of Object.values(ATTENDANCE_MESSAGES[locale])) expect(value.trim()).not.toBe("");
    }
  });
});

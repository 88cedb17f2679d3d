import { describe, expect, it } from "vitest";
import { LOCALES, loadLocale, MESSAGES, saveLocale } from "./messages.ts";

describe("messages", () => {
  it("has the same keys in every language, none empty", () => {
    const nlKeys = Object.keys(MESSAGES.nl).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(MESSAGES[locale]).sort()).toEqual(nlKeys);
      for (const value of Object.values(MESSAGES[locale])) expect(value.trim()).not.toBe("");
    }
  });

  it("defaults to Dutch and remembers a choice", () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    };
    expect(loadLocale(storage)).toBe("nl");
    saveLocale("en", storage);
    expect(loadLocale(storage)).toBe("en");
    data.set("wijkbord:locale", "fr");
    expect(loadLocale(storage)).toBe("nl");
  });
});

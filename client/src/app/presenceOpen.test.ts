import { describe, expect, it } from "vitest";
import { loadPresenceOpen, savePresenceOpen } from "./presenceOpen.ts";

const memory = () => {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
};

describe("presence list open or closed", () => {
  it("starts open on a laptop and closed on a phone", () => {
    expect(loadPresenceOpen(false, memory())).toBe(true);
    expect(loadPresenceOpen(true, memory())).toBe(false);
  });
  it("remembers the user's choice over the screen's default", () => {
    const storage = memory();
    savePresenceOpen(true, storage);
    expect(loadPresenceOpen(true, storage)).toBe(true);
    savePresenceOpen(false, storage);
    expect(loadPresenceOpen(false, storage)).toBe(false);
  });
  it("falls back to the default when storage fails", () => {
    const broken = {
      getItem: () => {
        throw new Error("denied");
      },
    };
    expect(loadPresenceOpen(false, broken)).toBe(true);
  });
});

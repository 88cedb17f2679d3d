import { describe, expect, it } from "vitest";
import { loadViewMode, saveViewMode } from "./viewMode.ts";

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  };
}

describe("viewMode", () => {
  it("offers the text outline on a small screen and the canvas elsewhere until a choice is made", () => {
    const storage = memoryStorage();
    expect(loadViewMode(true, storage)).toBe("text");
    expect(loadViewMode(false, storage)).toBe("canvas");
  });

  it("keeps the browser's choice whatever the screen", () => {
    const storage = memoryStorage();
    saveViewMode("canvas", storage);
    expect(loadViewMode(true, storage)).toBe("canvas");
    saveViewMode("text", storage);
    expect(loadViewMode(false, storage)).toBe("text");
  });

  it("treats an unknown or unreadable value as no choice", () => {
    expect(loadViewMode(true, { getItem: () => "map" })).toBe("text");
    const broken = {
      getItem: (): string | null => {
        throw new Error("denied");
      },
    };
    expect(loadViewMode(false, broken)).toBe("canvas");
    expect(() =>
      saveViewMode("text", {
        setItem: () => {
          throw new Error("full");
        },
      }),
    ).not.toThrow();
  });
});

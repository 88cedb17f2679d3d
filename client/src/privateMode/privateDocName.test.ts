import { PrivateDocNameSchema } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { loadPrivateDocName, newPrivateDocName } from "./privateDocName.ts";

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

describe("private document names", () => {
  it("are valid for the server and different every time", () => {
    const names = new Set(Array.from({ length: 50 }, () => newPrivateDocName()));
    expect(names.size).toBe(50);
    for (const name of names) {
      expect(PrivateDocNameSchema.safeParse(name).success).toBe(true);
      expect(name).toMatch(/^private-[A-Za-z0-9_-]{22}$/);
    }
  });

  it("stay the same for a session in this browser, and differ between sessions", () => {
    const storage = memoryStorage();
    const a = loadPrivateDocName("sessionA", storage);
    expect(loadPrivateDocName("sessionA", storage)).toBe(a);
    expect(loadPrivateDocName("sessionB", storage)).not.toBe(a);
  });

  it("replace a stored value the server would refuse", () => {
    const storage = memoryStorage();
    storage.setItem("wijkbord:private:s", "private-short");
    expect(loadPrivateDocName("s", storage)).toMatch(/^private-[A-Za-z0-9_-]{22}$/);
  });
});

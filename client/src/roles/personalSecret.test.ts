import { describe, expect, it } from "vitest";
import { loadPersonalSecret } from "./personalSecret.ts";

class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, v);
}

describe("personal secret", () => {
  it("is created once per session and kept", () => {
    const storage = new MemoryStorage() as unknown as Storage;
    const first = loadPersonalSecret("s1", storage);
    expect(first).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(loadPersonalSecret("s1", storage)).toBe(first);
    expect(loadPersonalSecret("s2", storage)).not.toBe(first);
  });

  it("replaces a damaged stored value", () => {
    const storage = new MemoryStorage() as unknown as Storage;
    storage.setItem("wijkbord:personal:s1", "not a secret!");
    expect(loadPersonalSecret("s1", storage)).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });
});

import { VoterSecretSchema } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { loadVoterSecret } from "./voterSecret.ts";

/** A Storage over a Map, like localStorage. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, v),
  };
}

describe("loadVoterSecret", () => {
  it("creates a valid secret once per session and keeps it", () => {
    const storage = memoryStorage();
    const first = loadVoterSecret("session-a", storage);
    expect(VoterSecretSchema.safeParse(first).success).toBe(true);
    expect(loadVoterSecret("session-a", storage)).toBe(first);
    expect(loadVoterSecret("session-b", storage)).not.toBe(first);
  });

  it("replaces a stored value that is not a valid secret", () => {
    const storage = memoryStorage();
    storage.setItem("wijkbord:voter:s", "short");
    expect(loadVoterSecret("s", storage)).not.toBe("short");
  });
});

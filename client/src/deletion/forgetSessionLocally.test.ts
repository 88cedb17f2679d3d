import { describe, expect, it } from "vitest";
import { forgetSessionLocally } from "./forgetSessionLocally.ts";

/** A Storage over a Map, as localStorage behaves. */
function memoryStorage(entries: Record<string, string>): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  };
}

describe("forgetSessionLocally", () => {
  it("removes every wijkbord entry of that session, and nothing of another session or other apps", () => {
    const store = memoryStorage({
      "wijkbord:identity:abc": "{}",
      "wijkbord:token:abc": "t",
      "wijkbord:personal:abc": "s",
      "wijkbord:identity:xabc": "other session",
      "wijkbord:presence-open": "open",
      "other:abc": "another app",
    });
    forgetSessionLocally("abc", [store]);
    const left = Array.from({ length: store.length }, (_, i) => store.key(i));
    expect(left).toEqual(["wijkbord:identity:xabc", "wijkbord:presence-open", "other:abc"]);
  });
});

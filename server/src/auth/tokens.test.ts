import { describe, expect, it } from "vitest";
import { generateSessionId, generateToken, hashesEqual, hashToken } from "./tokens.ts";

describe("tokens", () => {
  it("generates base64url tokens of 256 bits and session ids of 96 bits, all different", () => {
    const tokens = Array.from({ length: 200 }, generateToken);
    expect(new Set(tokens).size).toBe(200);
    for (const t of tokens) {
      expect(t).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(Buffer.from(t, "base64url").length).toBe(32);
    }
    const id = generateSessionId();
    expect(Buffer.from(id, "base64url").length).toBe(12);
    expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });

  it("hashes with SHA-256, deterministically, without keeping the token", () => {
    const t = generateToken();
    const h = hashToken(t);
    expect(h.length).toBe(32);
    expect(hashToken(t).equals(h)).toBe(true);
    expect(h.toString("hex")).not.toContain(Buffer.from(t).toString("hex"));
    expect(hashToken(generateToken()).equals(h)).toBe(false);
  });

  it("compares hashes in constant time and refuses different lengths", () => {
    const h = hashToken("a");
    expect(hashesEqual(h, hashToken("a"))).toBe(true);
    expect(hashesEqual(h, hashToken("b"))).toBe(false);
    expect(hashesEqual(h, h.subarray(0, 16))).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import type { PresentPerson } from "./bindPresence.ts";
import { PALETTE } from "./colorForId.ts";
import { ownColor } from "./ownColor.ts";

const person = (id: string, color: string): PresentPerson => ({
  id,
  name: id,
  color,
  role: "participant",
  isSelf: false,
  handUp: false,
});
const entry = (color: string) => ({ name: "X", color, joinedAt: "2026-01-01T00:00:00.000Z" });

describe("ownColor", () => {
  it("keeps the colour the session already has for this person", () => {
    expect(ownColor("me", [person("a", "#1971c2")], { me: entry("#1971c2") })).toBe("#1971c2");
  });
  it("otherwise takes a colour nobody present wears", () => {
    const present = PALETTE.slice(0, 11).map((c, i) => person(`p${i}`, c));
    expect(ownColor("me", present, {})).toBe(PALETTE[11]);
  });
  it("does not count itself, and ignores a malformed entry", () => {
    const self = { ...person("me", PALETTE[0] as string), isSelf: true };
    const others = PALETTE.slice(1, 11).map((c, i) => person(`p${i}`, c));
    const color = ownColor("me", [self, ...others], { me: { color: 5 }, x: "nonsense" });
    expect([PALETTE[0], PALETTE[11]]).toContain(color);
  });
});

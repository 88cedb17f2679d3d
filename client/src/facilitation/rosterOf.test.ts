import { describe, expect, it } from "vitest";
import type { PresentPerson } from "../sync/bindPresence.ts";
import { rosterOf } from "./rosterOf.ts";

const joined = (name: string, color = "#123456") => ({ name, color, joinedAt: "2026-01-01T10:00:00Z" });
const online = (id: string, name: string, extra: Partial<PresentPerson> = {}): PresentPerson => ({
  id,
  name,
  color: "#abcdef",
  role: "participant",
  isSelf: false,
  handUp: false,
  ...extra,
});

describe("rosterOf", () => {
  it("lists raised hands first, then who is online, then who left, each once", () => {
    const roster = rosterOf({ a: joined("Anna"), b: joined("Bram"), c: joined("Cor"), bad: { name: "" } }, [
      online("b", "Bram"),
      online("c", "Cor", { handUp: true }),
      online("v", "Vera", { role: "viewer" }),
    ]);
    expect(roster.map((r) => [r.name, r.online, r.handUp])).toEqual([
      ["Cor", true, true],
      ["Bram", true, false],
      ["Vera", true, false],
      ["Anna", false, false],
    ]);
    expect(roster.find((r) => r.id === "a")).toMatchObject({ role: null, color: "#123456" });
  });
});

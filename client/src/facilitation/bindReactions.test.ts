import type { Presence } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { newReactions } from "./bindReactions.ts";

const person = (reaction: Presence["reaction"]): Presence => ({
  user: { id: "p-anna", name: "Anna", color: "#1971c2", role: "participant" },
  reaction,
});

describe("newReactions", () => {
  it("replays nothing on arrival, then reports each new reaction once", () => {
    const seen = new Map<number, string | null>();
    expect(newReactions(seen, new Map([[1, person({ kind: "heart", id: "r1" })]]))).toEqual([]);
    expect(newReactions(seen, new Map([[1, person({ kind: "heart", id: "r1" })]]))).toEqual([]);
    const fresh = newReactions(seen, new Map([[1, person({ kind: "clap", id: "r2" })]]));
    expect(fresh.map((r) => r.presence.reaction?.kind)).toEqual(["clap"]);
    // The same emoji again is a new reaction when its id is new.
    expect(newReactions(seen, new Map([[1, person({ kind: "clap", id: "r3" })]]))).toHaveLength(1);
  });

  it("reports a first reaction of someone already present, and forgets who left", () => {
    const seen = new Map<number, string | null>();
    newReactions(seen, new Map([[2, person(null)]]));
    expect(newReactions(seen, new Map([[2, person({ kind: "party", id: "x" })]]))).toHaveLength(1);
    newReactions(seen, new Map());
    expect(seen.size).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { rankByVotes } from "./rankByVotes.ts";

describe("rankByVotes", () => {
  it("puts the most votes first with competition ranks, ties in the order given, no zeros", () => {
    const ranked = rankByVotes([
      { id: "a", votes: 1 },
      { id: "b", votes: 4 },
      { id: "c", votes: 0 },
      { id: "d", votes: 2 },
      { id: "e", votes: 2 },
      { id: "f", votes: 1 },
    ]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ["b", 1],
      ["d", 2],
      ["e", 2],
      ["a", 4],
      ["f", 4],
    ]);
  });

  it("gives nothing when nobody voted", () => {
    expect(rankByVotes([{ votes: 0 }])).toEqual([]);
  });
});

import type { EndedVoteRound } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { votesPerNote } from "./votesPerNote.ts";

const round = (id: string, results: Record<string, number>): EndedVoteRound => ({
  id,
  instanceId: "gedeeld-verhaal",
  zoneId: null,
  votesPerPerson: 3,
  maxPerNote: null,
  status: "ended",
  startedAt: "2026-12-01T10:00:00.000Z",
  endedAt: "2026-12-01T10:05:00.000Z",
  results,
});

describe("votesPerNote", () => {
  it("takes each note's count from the latest round that covered it, zeros included", () => {
    const votes = votesPerNote([round("r1", { a: 4, b: 2, c: 0 }), round("r2", { b: 0, d: 5 })]);
    expect(Object.fromEntries(votes)).toEqual({ a: 4, b: 0, c: 0, d: 5 });
  });

  it("skips entries that are not ended rounds", () => {
    const running = { ...round("r3", { a: 1 }), status: "running" };
    const negative = round("r4", { a: -1 });
    expect(votesPerNote([running, negative, null, "x", round("r5", { e: 1 })])).toEqual(new Map([["e", 1]]));
  });
});

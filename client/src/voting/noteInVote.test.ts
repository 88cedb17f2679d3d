import type { VoteRound } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { noteInVote } from "./noteInVote.ts";

const round = (zoneId: string | null): VoteRound => ({
  id: "r1",
  instanceId: "speelruimte",
  zoneId,
  votesPerPerson: 3,
  maxPerNote: null,
  status: "running",
  startedAt: "2026-12-01T10:00:00.000Z",
  endedAt: null,
});
const meta = (worksheet: string | null, zone: string | null) => ({
  authorId: "a",
  authorName: "Anna",
  worksheet,
  zone,
});
const shownOnly = (zoneId: string) => !zoneId.startsWith("stakeholder-5-");

describe("noteInVote", () => {
  it("takes notes of the round's worksheet, and of its zone when it has one", () => {
    expect(noteInVote(meta("speelruimte", "stakeholder-1-wel-willen-wel-kunnen"), round(null))).toBe(true);
    expect(noteInVote(meta("speelruimte", null), round(null))).toBe(true);
    expect(noteInVote(meta("elders", null), round(null))).toBe(false);
    expect(noteInVote(meta("speelruimte", "b"), round("a"))).toBe(false);
    expect(noteInVote({ nonsense: true }, round(null))).toBe(false);
  });

  it("leaves out a note whose zone is on a card not shown yet", () => {
    const hidden = meta("speelruimte", "stakeholder-5-wel-willen-wel-kunnen");
    expect(noteInVote(hidden, round(null), shownOnly)).toBe(false);
    expect(noteInVote(hidden, round("stakeholder-5-wel-willen-wel-kunnen"), shownOnly)).toBe(false);
    expect(
      noteInVote(meta("speelruimte", "stakeholder-1-wel-willen-wel-kunnen"), round(null), shownOnly),
    ).toBe(true);
  });
});

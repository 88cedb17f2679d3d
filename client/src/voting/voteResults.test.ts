import type { EndedVoteRound, WorksheetPlacement } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { type ResultNote, voteResults } from "./voteResults.ts";

const round = (id: string, instanceId: string, results: Record<string, number>): EndedVoteRound => ({
  id,
  instanceId,
  zoneId: null,
  votesPerPerson: 3,
  maxPerNote: null,
  status: "ended",
  startedAt: "2026-12-01T10:00:00.000Z",
  endedAt: "2026-12-01T10:05:00.000Z",
  results,
});

const placement = (instanceId: string, x: number): WorksheetPlacement => ({
  instanceId,
  worksheetId: instanceId,
  version: 1,
  x,
  y: 0,
});

const notes = new Map<string, ResultNote>(
  [
    { id: "a", text: "Meer groen", cx: 100, cy: 100 },
    { id: "b", text: "Speeltuin", cx: 400, cy: 100 },
    { id: "c", text: "Bankjes", cx: 100, cy: 400 },
    { id: "d", text: "Fietspad", cx: 5100, cy: 100 },
  ].map((n) => [n.id, n]),
);

describe("voteResults", () => {
  it("ranks each worksheet's voted notes, ties in reading order, the latest round's worksheet first", () => {
    const results = voteResults(
      [round("r1", "sheet-1", { a: 2, b: 3, c: 2, gone: 9 }), round("r2", "sheet-2", { d: 1 })],
      [placement("sheet-1", 0), placement("sheet-2", 5000)],
      notes,
    );
    expect(results).toEqual([
      { instanceId: "sheet-2", rows: [{ id: "d", text: "Fietspad", votes: 1, rank: 1 }] },
      {
        instanceId: "sheet-1",
        rows: [
          { id: "b", text: "Speeltuin", votes: 3, rank: 1 },
          { id: "a", text: "Meer groen", votes: 2, rank: 2 },
          { id: "c", text: "Bankjes", votes: 2, rank: 2 },
        ],
      },
    ]);
  });

  it("takes a note's votes from the latest round on its worksheet, and keeps a round without votes", () => {
    const results = voteResults(
      [
        round("r1", "sheet-1", { a: 4, b: 1 }),
        round("r2", "sheet-1", { a: 0, b: 2 }),
        round("r3", "sheet-2", {}),
      ],
      [placement("sheet-1", 0), placement("sheet-2", 5000)],
      notes,
    );
    expect(results).toEqual([
      { instanceId: "sheet-2", rows: [] },
      { instanceId: "sheet-1", rows: [{ id: "b", text: "Speeltuin", votes: 2, rank: 1 }] },
    ]);
  });
});

import type { EndedVoteRound } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { fixtureNoteRecord, fixtureSession } from "../../../tests/fixtures/fixtureSession.ts";
import { buildReportModel } from "./buildReportModel.ts";

const f = fixtureSession();
const sheet = "gedeeld-verhaal";
const onSheet = f.notes.filter((n) => n.instanceId === sheet && n.zoneId !== null);

function modelWith(results: Record<string, number>) {
  const round: EndedVoteRound = {
    id: "r1",
    instanceId: sheet,
    zoneId: null,
    votesPerPerson: 5,
    maxPerNote: null,
    status: "ended",
    startedAt: "2026-12-01T10:00:00.000Z",
    endedAt: "2026-12-01T10:05:00.000Z",
    results,
  };
  return buildReportModel(
    {
      session: { title: f.title, wijk: f.wijk, createdAt: f.createdAt },
      placements: f.placements,
      records: f.notes.map((n) => fixtureNoteRecord(n)),
      fields: f.fields,
      participants: f.participants,
      texts: f.texts,
      cardCounts: f.cardCounts,
      votes: [round],
    },
    "nl",
  );
}

describe("voteSummary in the report model", () => {
  it("ranks the worksheet's voted notes, most votes first, with text and zone; ties in reading order", () => {
    const [a, b, c, d] = onSheet;
    if (!a || !b || !c || !d) throw new Error("the fixture has too few notes on its first worksheet");
    const model = modelWith({ [a.id]: 2, [b.id]: 5, [c.id]: 2, [d.id]: 0 });
    const w = model.worksheets.find((x) => x.instanceId === sheet);
    const zoneTitle = (id: string) =>
      w?.zones.find((z) => z.notes.some((n) => n.id === id))?.title ?? "missing";
    expect(w?.voteSummary).toEqual([
      { id: b.id, text: b.text, zone: zoneTitle(b.id), votes: 5, rank: 1 },
      { id: a.id, text: a.text, zone: zoneTitle(a.id), votes: 2, rank: 2 },
      { id: c.id, text: c.text, zone: zoneTitle(c.id), votes: 2, rank: 2 },
    ]);
    // Worksheets nobody voted on get no section.
    expect(model.worksheets.filter((x) => x.voteSummary).map((x) => x.instanceId)).toEqual([sheet]);
  });

  it("has no section without votes", () => {
    expect(modelWith({}).worksheets.some((w) => w.voteSummary)).toBe(false);
  });
});

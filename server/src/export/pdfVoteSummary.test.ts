import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EndedVoteRound } from "@wijkbord/shared";
import { buildReportModel } from "@wijkbord/worksheets";
import { describe, expect, it } from "vitest";
import { fixtureNoteRecord, fixtureSession } from "../../../tests/fixtures/fixtureSession.ts";
import { writePdf } from "./writePdf.ts";

const squash = (s: string) => s.replace(/\s+/g, "");

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "wijkbord-pdf-"));
  try {
    writeFileSync(join(dir, "r.pdf"), pdf);
    return execFileSync("pdftotext", ["-enc", "UTF-8", join(dir, "r.pdf"), "-"]).toString();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the PDF's Stemresultaat", () => {
  it("lists a worksheet's voted notes most votes first, and only on that worksheet", async () => {
    const f = fixtureSession();
    const sheet = "gedeeld-verhaal";
    const [a, b, c] = f.notes.filter((n) => n.instanceId === sheet && n.zoneId !== null);
    if (!a || !b || !c) throw new Error("the fixture has too few notes on gedeeld-verhaal");
    const round: EndedVoteRound = {
      id: "r1",
      instanceId: sheet,
      zoneId: null,
      votesPerPerson: 5,
      maxPerNote: null,
      status: "ended",
      startedAt: "2026-12-01T10:00:00.000Z",
      endedAt: "2026-12-01T10:05:00.000Z",
      results: { [a.id]: 1, [b.id]: 4, [c.id]: 0 },
    };
    const model = buildReportModel(
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
    const text = squash(pdfText(await writePdf(model)));
    const heading = squash("Stemresultaat");
    const at = text.indexOf(heading);
    expect(at).toBeGreaterThan(0);
    // One section only: the other worksheets had no votes.
    expect(text.indexOf(heading, at + 1)).toBe(-1);
    const section = text.slice(at);
    const rowB = section.indexOf(squash(`1.${b.text}`));
    const rowA = section.indexOf(squash(`2.${a.text}`));
    expect(rowB).toBeGreaterThan(0);
    expect(rowA).toBeGreaterThan(rowB);
    // The note without votes has no row (the model leaves it out: voteSummary.test.ts).
    expect(section).not.toContain(squash(`3.${c.text}`));
  });
});

import type { Rect } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { getWorksheet } from "../catalogue.ts";
import { layoutSession } from "../layoutSession.ts";
import { buildReportModel } from "../report/buildReportModel.ts";
import { zoneAt } from "../zoneAt.ts";
import { cardRect, shownCardCount, shownParts } from "./shownCards.ts";

const def = getWorksheet("speelruimte");
if (!def) throw new Error("speelruimte missing");
// Two speelruimte instances (professionele stakeholders, bewoners) after another worksheet.
const placements = layoutSession(["stakeholders-verkennen", "speelruimte", "speelruimte"]);
const [, first, second] = placements;
if (!first || !second) throw new Error("layout");

const rect = (id: string): Rect => {
  const r = def.zones.find((z) => z.id === id)?.rect;
  if (!r) throw new Error(`no ${id}`);
  return r;
};
const centreIn = (p: { x: number; y: number }, r: Rect) => ({
  x: p.x + r.x + r.w / 2,
  y: p.y + r.y + r.h / 2,
});

describe("shownCardCount", () => {
  it("is the definition's initial without an entry, the stored count within initial…max, else initial", () => {
    expect(shownCardCount(def, "speelruimte")).toBe(4);
    expect(shownCardCount(def, "speelruimte", { speelruimte: 6 })).toBe(6);
    expect(shownCardCount(def, "speelruimte", { speelruimte: 99 })).toBe(8);
    expect(shownCardCount(def, "speelruimte", { speelruimte: 2 })).toBe(4);
    for (const bad of ["6", 5.5, -1, null, { n: 6 }]) {
      expect(shownCardCount(def, "speelruimte", { speelruimte: bad }), String(bad)).toBe(4);
    }
    // Per instance.
    expect(shownCardCount(def, "speelruimte-2", { speelruimte: 6 })).toBe(4);
  });

  it("shows everything of a definition without addable cards", () => {
    const other = getWorksheet("gedeeld-verhaal");
    if (!other) throw new Error("gedeeld-verhaal missing");
    expect(shownCardCount(other, "gedeeld-verhaal", { "gedeeld-verhaal": 1 })).toBe(Number.POSITIVE_INFINITY);
    expect(shownParts(other, "gedeeld-verhaal").zones).toEqual(other.zones);
  });

  it("lists the shown cards' zones and fields, and the ones belonging to no card", () => {
    const parts = shownParts(def, "speelruimte", { speelruimte: 5 });
    expect(new Set(parts.zones.map((z) => z.card))).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(parts.fields.map((f) => f.id)).toEqual(
      [1, 2, 3, 4, 5].map((n) => `stakeholder-${n}-naam`).concat("conclusie"),
    );
  });

  it("gives the rectangle around a card: its name field and its four quadrants", () => {
    const name = def.fields.find((f) => f.id === "stakeholder-5-naam")?.rect;
    const last = rect("stakeholder-5-niet-willen-niet-kunnen");
    expect(cardRect(def, 5)).toEqual({
      x: name?.x,
      y: name?.y,
      w: last.x + last.w - (name?.x ?? 0),
      h: last.y + last.h - (name?.y ?? 0),
    });
    expect(cardRect(def, 9)).toBeNull();
  });
});

describe("zoneAt and the report with hidden cards", () => {
  const inCard5 = centreIn(first, rect("stakeholder-5-wel-willen-niet-kunnen"));
  const inCard1 = centreIn(first, rect("stakeholder-1-wel-willen-wel-kunnen"));

  it("puts no note in a card the session does not show", () => {
    expect(zoneAt(placements, inCard5)).toBeNull();
    expect(zoneAt(placements, inCard5, { speelruimte: 4 })).toBeNull();
    expect(zoneAt(placements, inCard1)?.zoneId).toBe("stakeholder-1-wel-willen-wel-kunnen");
  });

  it("finds the zone once the card is added, on that instance only", () => {
    expect(zoneAt(placements, inCard5, { speelruimte: 5 })).toEqual({
      instanceId: "speelruimte",
      worksheetId: "speelruimte",
      zoneId: "stakeholder-5-wel-willen-niet-kunnen",
    });
    const inSecond = centreIn(second, rect("stakeholder-5-wel-willen-niet-kunnen"));
    expect(zoneAt(placements, inSecond, { speelruimte: 5 })).toBeNull();
    expect(zoneAt(placements, inSecond, { "speelruimte-2": 8 })?.instanceId).toBe("speelruimte-2");
  });

  it("agrees with the report: only shown cards are listed; a note in a hidden card is among the worksheet's other notes", () => {
    const note = (id: string, c: { x: number; y: number }) => ({
      id,
      typeName: "shape",
      type: "note",
      x: c.x - 100,
      y: c.y - 100,
      parentId: "page:page",
      props: {
        richText: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: id }] }] },
      },
      meta: {},
    });
    const input = {
      session: { title: "t", wijk: "w", createdAt: "2025-01-01T00:00:00.000Z" },
      placements,
      records: [note("shape:in-5", inCard5)],
      fields: { "speelruimte/stakeholder-5-naam": "Netbeheerder" },
      participants: {},
      texts: {},
    };
    const hidden = buildReportModel(input, "nl").worksheets[1];
    expect(hidden?.zones.some((z) => z.id.startsWith("stakeholder-5-"))).toBe(false);
    expect(hidden?.fields.map((f) => f.id)).not.toContain("stakeholder-5-naam");
    expect(hidden?.otherNotes.map((n) => n.id)).toEqual(["shape:in-5"]);

    const shown = buildReportModel({ ...input, cardCounts: { speelruimte: 5 } }, "nl").worksheets[1];
    expect(shown?.zones.filter((z) => z.id.startsWith("stakeholder-5-"))).toHaveLength(4);
    expect(
      shown?.zones.find((z) => z.id === "stakeholder-5-wel-willen-niet-kunnen")?.notes.map((n) => n.id),
    ).toEqual(["shape:in-5"]);
    expect(shown?.fields.find((f) => f.id === "stakeholder-5-naam")?.text).toBe("Netbeheerder");
    expect(shown?.otherNotes).toEqual([]);
    // The other instance still shows four cards.
    const other = buildReportModel({ ...input, cardCounts: { speelruimte: 5 } }, "nl").worksheets[2];
    expect(other?.zones).toHaveLength(16);
  });
});

import type { Rect, WorksheetPlacement } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { getWorksheet } from "../catalogue.ts";
import { layoutSession } from "../layoutSession.ts";
import { type BoardNote, pullStakeholderNames } from "./pullStakeholderNames.ts";

const placements = layoutSession(["stakeholders-verkennen", "speelruimte", "speelruimte"]);
const at = (instanceId: string) => {
  const p = placements.find((x) => x.instanceId === instanceId);
  if (!p) throw new Error(`no ${instanceId}`);
  return p;
};
const zoneRect = (worksheetId: string, zoneId: string): Rect => {
  const r = getWorksheet(worksheetId)?.zones.find((z) => z.id === zoneId)?.rect;
  if (!r) throw new Error(`no ${zoneId}`);
  return r;
};

let seq = 0;
/** A note whose centre lies at (fx, fy) of a stakeholders-verkennen zone. */
function noteIn(
  zoneId: string,
  text: string,
  fx = 0.5,
  fy = 0.5,
  p: WorksheetPlacement = at("stakeholders-verkennen"),
): BoardNote {
  const r = zoneRect(p.worksheetId, zoneId);
  seq += 1;
  return { id: `shape:n${seq}`, text, cx: p.x + r.x + r.w * fx, cy: p.y + r.y + r.h * fy };
}

const key = (n: number, instanceId = "speelruimte") => `${instanceId}/stakeholder-${n}-naam`;

describe("pullStakeholderNames", () => {
  it("fills the empty cards with the matrix notes in reading order", () => {
    const notes = [
      noteIn("matrix-hoge-invloed-hoog-belang", "Woningcorporatie", 0.5, 0.3), // top row, right
      noteIn("matrix-lage-invloed-hoog-belang", "Bewonersvereniging"), // bottom row
      noteIn("matrix-hoge-invloed-laag-belang", "Netbeheerder", 0.5, 0.3), // top row, left
    ];
    const r = pullStakeholderNames({ placements, notes, fields: {}, instanceId: "speelruimte" });
    expect(r).toEqual({
      names: [
        { key: key(1), name: "Netbeheerder" },
        { key: key(2), name: "Woningcorporatie" },
        { key: key(3), name: "Bewonersvereniging" },
      ],
      cardCount: null,
      left: [],
    });
  });

  it("keeps filled names, skips names already on a card and repeated notes, and tidies whitespace", () => {
    const notes = [
      noteIn("matrix-hoge-invloed-hoog-belang", "  Woning\ncorporatie ", 0.3, 0.3),
      noteIn("matrix-hoge-invloed-hoog-belang", "Gemeente", 0.7, 0.3),
      noteIn("matrix-hoge-invloed-hoog-belang", "gemeente", 0.5, 0.8),
      noteIn("matrix-hoge-invloed-hoog-belang", "   ", 0.5, 0.6),
    ];
    const fields = { [key(1)]: "Gemeente", [key(2)]: "  ", [key(3)]: "Scholen" };
    const r = pullStakeholderNames({ placements, notes, fields, instanceId: "speelruimte" });
    expect(r.names).toEqual([{ key: key(2), name: "Woning corporatie" }]);
    expect(r.cardCount).toBeNull();
  });

  it("leaves out the lage invloed · laag belang quadrant, the questions and notes elsewhere", () => {
    const notes = [
      noteIn("matrix-lage-invloed-laag-belang", "Buurtbewoner"),
      noteIn("vraag-1", "Wijkteam"),
      { id: "shape:far", text: "Los", cx: -5000, cy: -5000 },
      noteIn("matrix-hoge-invloed-hoog-belang", "Provincie"),
    ];
    const r = pullStakeholderNames({ placements, notes, fields: {}, instanceId: "speelruimte" });
    expect(r.names.map((n) => n.name)).toEqual(["Provincie"]);
  });

  it("adds cards as needed up to eight and says which names did not fit", () => {
    const names = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"];
    const notes = names.map((n, i) =>
      noteIn("matrix-hoge-invloed-hoog-belang", n, 0.15 + (i % 3) * 0.35, 0.15 + Math.floor(i / 3) * 0.22),
    );
    const r = pullStakeholderNames({
      placements,
      notes,
      fields: { [key(2)]: "Gemeente" },
      instanceId: "speelruimte",
    });
    expect(r.names.map((n) => [n.key, n.name])).toEqual([
      [key(1), "A"],
      [key(3), "B"],
      [key(4), "C"],
      [key(5), "D"],
      [key(6), "E"],
      [key(7), "F"],
      [key(8), "G"],
    ]);
    expect(r.cardCount).toBe(8);
    expect(r.left).toEqual(["H", "I", "J"]);
  });

  it("adds only the cards it fills, and none that are already shown", () => {
    const notes = ["A", "B", "C", "D", "E"].map((n, i) =>
      noteIn("matrix-hoge-invloed-hoog-belang", n, 0.2 + i * 0.15, 0.5),
    );
    const five = pullStakeholderNames({ placements, notes, fields: {}, instanceId: "speelruimte" });
    expect(five.cardCount).toBe(5);
    const shown = pullStakeholderNames({
      placements,
      notes,
      fields: {},
      cardCounts: { speelruimte: 6 },
      instanceId: "speelruimte",
    });
    expect(shown.cardCount).toBeNull();
  });

  it("works on its own instance: the second speelruimte's names and count, not the first's", () => {
    const notes = [noteIn("matrix-hoge-invloed-hoog-belang", "Energiecoöperatie")];
    const fields = { [key(1)]: "Gemeente" };
    const r = pullStakeholderNames({ placements, notes, fields, instanceId: "speelruimte-2" });
    expect(r.names).toEqual([{ key: key(1, "speelruimte-2"), name: "Energiecoöperatie" }]);
  });

  it("fills a version 1 speelruimte's four cards and never adds one", () => {
    const v1 = placements.map((p) => (p.instanceId === "speelruimte" ? { ...p, version: 1 } : p));
    const notes = ["A", "B", "C", "D", "E"].map((n, i) =>
      noteIn("matrix-hoge-invloed-hoog-belang", n, 0.2 + i * 0.15, 0.5),
    );
    const r = pullStakeholderNames({ placements: v1, notes, fields: {}, instanceId: "speelruimte" });
    expect(r.names.map((n) => n.key)).toEqual([1, 2, 3, 4].map((n) => key(n)));
    expect(r.cardCount).toBeNull();
    expect(r.left).toEqual(["E"]);
  });

  it("does nothing for an unknown instance or a worksheet without stakeholder cards", () => {
    const notes = [noteIn("matrix-hoge-invloed-hoog-belang", "A")];
    for (const instanceId of ["bestaat-niet", "stakeholders-verkennen"]) {
      expect(pullStakeholderNames({ placements, notes, fields: {}, instanceId })).toEqual({
        names: [],
        cardCount: null,
        left: [],
      });
    }
  });
});

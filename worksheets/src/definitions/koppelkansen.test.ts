import type { Rect } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { CATALOGUE, getWorksheet } from "../catalogue.ts";

const IDS = ["koppelkansen-in-kaart", "koppelkansen-scoren", "koppelkansen-prioriteren"];

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (a: Rect, o: Rect) =>
  a.x >= o.x && a.y >= o.y && a.x + a.w <= o.x + o.w && a.y + a.h <= o.y + o.h;

describe("koppelkansen steps 2–4", () => {
  it("follow gedeeld-verhaal in the catalogue, in the guide's order", () => {
    const ids = CATALOGUE.map((d) => d.id);
    const at = ids.indexOf("gedeeld-verhaal");
    expect(ids.slice(at, at + 4)).toEqual(["gedeeld-verhaal", ...IDS]);
  });

  it("have the widgets their step needs", () => {
    const kinds = (id: string) => getWorksheet(id)?.widgets?.map((w) => w.kind);
    expect(kinds("koppelkansen-in-kaart")).toEqual(["succesfactoren", "opgaven-table"]);
    expect(kinds("koppelkansen-scoren")).toEqual(["scoring-matrix"]);
    expect(kinds("koppelkansen-prioriteren")).toEqual(["ranking", "priorities"]);
  });

  it.each(IDS)("%s: widgets lie inside the sheet, below the title band, clear of everything else", (id) => {
    const def = getWorksheet(id);
    if (!def) throw new Error(`${id} missing`);
    const page = { x: 0, y: 0, w: def.size.w, h: def.size.h };
    const widgets = def.widgets ?? [];
    const others = [...def.zones, ...def.cards, ...def.fields, ...def.sections];
    for (const w of widgets) {
      expect(inside(w.rect, page), `${w.id} sticks out`).toBe(true);
      expect(w.rect.y, `${w.id} in the title band`).toBeGreaterThanOrEqual(140);
      for (const o of others) expect(overlaps(w.rect, o.rect), `${w.id} covers ${o.id}`).toBe(false);
      for (const v of widgets)
        if (v !== w) expect(overlaps(w.rect, v.rect), `${w.id} covers ${v.id}`).toBe(false);
    }
    expect(new Set(widgets.map((w) => w.id)).size).toBe(widgets.length);
  });

  it.each(IDS)("%s: every zone holds four notes", (id) => {
    for (const z of getWorksheet(id)?.zones ?? []) {
      expect(Math.floor(z.rect.w / 200) * Math.floor((z.rect.h - 60) / 200), z.id).toBeGreaterThanOrEqual(4);
    }
  });

  it("keep the guide's conclusion prompts", () => {
    const label = (id: string) => getWorksheet(id)?.fields.find((f) => f.kind === "conclusion")?.label.nl;
    expect(label("koppelkansen-in-kaart")).toBe(
      "Over welk overzicht van opgaven, succesfactoren en koppelkansen gaan jullie keuzes maken?",
    );
    expect(label("koppelkansen-prioriteren")).toBe("Welke koppelkansen willen jullie meenemen in de WUP?");
  });
});

import type { Rect, WorksheetDefinition } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { CATALOGUE, getWorksheet } from "../catalogue.ts";
import { layoutSession } from "../layoutSession.ts";
import { worksheetsInPhase } from "../wijkkompas/worksheetsInPhase.ts";
import { zoneAt } from "../zoneAt.ts";
import { BASISELEMENTEN_GROUPS } from "./basiselementenWup.ts";
import {
  WIJKKOMPAS_KNOOPPUNTEN,
  WIJKKOMPAS_PHASES,
  WIJKKOMPAS_SPOREN,
  WIJKKOMPAS_STAGES,
} from "./wijkkompasModel.ts";

function definition(id: string): WorksheetDefinition {
  const def = getWorksheet(id);
  if (!def) throw new Error(`${id} missing from the catalogue`);
  return def;
}

const centre = (r: Rect) => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });
const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe("catalogue order", () => {
  it("puts basiselementen-wup after the participatie worksheets and the wijkkompas last", () => {
    const ids = CATALOGUE.map((d) => d.id);
    expect(ids.indexOf("basiselementen-wup")).toBe(ids.indexOf("partnerschapskaart") + 1);
    expect(ids.indexOf("gedeeld-verhaal")).toBe(ids.indexOf("basiselementen-wup") + 1);
    expect(ids.at(-1)).toBe("wijkkompas");
  });
});

describe("basiselementen-wup", () => {
  const def = definition("basiselementen-wup");
  const rows = BASISELEMENTEN_GROUPS.flatMap((g) => g.rows.map((r) => ({ ...r, group: g.id })));

  it("has the guide's four groups and fifteen rows, in its order", () => {
    expect(BASISELEMENTEN_GROUPS.map((g) => g.title.nl)).toEqual([
      "Wijkanalyse",
      "Definitieve duurzame energievoorziening",
      "Uitvoeringsstrategie",
      "Participatie",
    ]);
    expect(rows.map((r) => r.title.nl)).toEqual([
      "Grenzen van de wijk",
      "Profielschets bewoners",
      "Profielschets gebouwen, incl. eigenaar",
      "Definitieve duurzame energievoorziening",
      "Datum overstap laatste woning in de wijk",
      "Aanpassingen wijk",
      "Aanpassingen woningen",
      "Duurzaamheid van de definitieve energievoorziening",
      "Betaalbaarheid & kosten eindgebruiker en nationale kosten",
      "Betrouwbaarheid",
      "Planning",
      "Afhankelijkheden en risico’s",
      "Begroting",
      "Volgens omgevingswet uitgevoerd",
      "Doorgelopen werkbladen",
    ]);
  });

  it("gives every row a notes zone and, beside it, a checklist widget with the same id", () => {
    expect(def.zones.map((z) => z.id)).toEqual(rows.map((r) => r.id));
    expect(def.widgets?.map((w) => [w.id, w.kind])).toEqual(rows.map((r) => [r.id, "checklist"]));
    for (const r of rows) {
      const zone = def.zones.find((z) => z.id === r.id);
      const widget = def.widgets?.find((w) => w.id === r.id);
      if (!zone || !widget) throw new Error(r.id);
      expect(zone.section, r.id).toBe(r.group);
      expect(zone.title).toEqual(r.title);
      expect(widget.title).toEqual(r.title);
      // Same band, status to the right of the notes.
      expect([widget.rect.y, widget.rect.h]).toEqual([zone.rect.y, zone.rect.h]);
      expect(widget.rect.x).toBeGreaterThanOrEqual(zone.rect.x + zone.rect.w);
    }
  });

  it("puts a note placed on a row into that row's zone, also further along the agenda", () => {
    const placements = layoutSession(["gedeeld-verhaal", "basiselementen-wup", "basiselementen-wup"]);
    for (const p of placements.slice(1)) {
      for (const zone of def.zones) {
        const c = centre(zone.rect);
        expect(zoneAt(placements, { x: p.x + c.x, y: p.y + c.y })).toEqual({
          instanceId: p.instanceId,
          worksheetId: "basiselementen-wup",
          zoneId: zone.id,
        });
      }
    }
    // On the status buttons a note belongs to no zone.
    const w = def.widgets?.[0]?.rect;
    if (!w) throw new Error("no widget");
    const p = placements[1];
    expect(zoneAt(placements, { x: (p?.x ?? 0) + w.x + w.w / 2, y: (p?.y ?? 0) + w.y + w.h / 2 })).toBeNull();
  });
});

describe("wijkkompas", () => {
  const def = definition("wijkkompas");

  it("has the aanloop and six phases × six sporen of notes zones, each in its phase's section", () => {
    expect(def.sections.map((s) => s.title.nl)).toEqual([
      "Aanloopfase",
      ...WIJKKOMPAS_PHASES.map((p) => `${p.number}. ${p.title.nl}`),
    ]);
    expect(def.zones).toHaveLength(42);
    for (const [i, p] of WIJKKOMPAS_STAGES.entries()) {
      for (const [j, s] of WIJKKOMPAS_SPOREN.entries()) {
        const zone = def.zones[i * 6 + j];
        expect(zone?.id).toBe(`${p.id}-spoor-${s.letter.toLowerCase()}`);
        expect(zone?.section).toBe(p.id);
        expect(zone?.label).toBe(s.letter);
        // The row's header card names the spoor; the cell shows its letter only.
        expect(zone?.labelOnly).toBe(true);
        expect(zone?.title).toEqual(s.title);
      }
    }
    const placements = layoutSession(["wijkkompas"]);
    const z = def.zones.find((x) => x.id === "fase-4-spoor-d");
    if (!z) throw new Error("no fase-4-spoor-d");
    expect(zoneAt(placements, centre(z.rect))?.zoneId).toBe("fase-4-spoor-d");
  });

  it("has one knooppunten widget per phase, above the phase's zones and clear of every zone", () => {
    expect(def.widgets?.map((w) => [w.id, w.kind])).toEqual(
      WIJKKOMPAS_STAGES.map((p) => [p.id, "knooppunten"]),
    );
    for (const w of def.widgets ?? []) {
      for (const z of def.zones) expect(overlaps(w.rect, z.rect), `${w.id} covers ${z.id}`).toBe(false);
      const column = def.zones.filter((z) => z.section === w.id);
      for (const z of column) expect(z.rect.x, z.id).toBe(w.rect.x);
    }
  });

  it("places every named knooppunt in a phase with unique ids, none in a phase that does not exist", () => {
    const ids = WIJKKOMPAS_KNOOPPUNTEN.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    const phases = WIJKKOMPAS_KNOOPPUNTEN.map((k) => k.phase);
    expect(phases).toEqual([...phases].sort((a, b) => a - b));
    expect(WIJKKOMPAS_KNOOPPUNTEN.find((k) => k.id === "wup-naar-de-raad")?.phase).toBe(5);
    expect(WIJKKOMPAS_KNOOPPUNTEN.find((k) => k.id === "passende-participatievormen")?.phase).toBe(3);
  });

  it("knows every knooppunt a worksheet names, in a phase the worksheet is used in", () => {
    for (const d of CATALOGUE) {
      const named = d.wijkkompas.knooppunt;
      if (!named) continue;
      const k = WIJKKOMPAS_KNOOPPUNTEN.find((x) => x.title.nl === named.nl);
      expect([d.wijkkompas.phase, ...(d.wijkkompas.alsoIn ?? [])], `${d.id}: ${named.nl}`).toContain(
        k?.phase,
      );
    }
  });

  it("places the worksheets where the guide uses them: the aanloop, fase 1 and the WUP in fase 4", () => {
    const ids = (phase: number) => worksheetsInPhase(phase).map((d) => d.id);
    // "In de aanloopfase verkent de gemeente intern": its kaders, its startpunt, its koppelkansen.
    expect(ids(0)).toEqual([
      "kaders-check",
      "startpunt-bepalen",
      "gedeeld-verhaal",
      "koppelkansen-in-kaart",
      "koppelkansen-scoren",
      "koppelkansen-prioriteren",
      "wijkkompas",
    ]);
    // 'Samen starten': the stakeholders, their speelruimte and commitment, the shared story, and the
    // koppelkansen again with the project team.
    expect(ids(1)).toEqual([
      "participatie-in-het-kort",
      "stakeholders-verkennen",
      "speelruimte",
      "partnerschapskaart",
      "gedeeld-verhaal",
      "koppelkansen-in-kaart",
      "koppelkansen-scoren",
      "koppelkansen-prioriteren",
    ]);
    // Koppelkansen come back with the bewoners (fase 2) and with costs and benefits (fase 3).
    expect(ids(2)).toEqual(["koppelkansen-in-kaart", "koppelkansen-scoren", "koppelkansen-prioriteren"]);
    expect(ids(3)).toEqual(ids(2));
    expect(ids(4)).toEqual(["basiselementen-wup"]);
    expect([...ids(5), ...ids(6)]).toEqual([]);
  });

  it("keeps version 1 (six phases, 4680 wide) for the sessions that store it, with the same zone ids", () => {
    const v1 = getWorksheet("wijkkompas", 1);
    expect(v1?.version).toBe(1);
    expect(v1?.size.w).toBe(4680);
    expect(v1?.sections.map((s) => s.id)).toEqual(WIJKKOMPAS_PHASES.map((p) => p.id));
    expect(v1?.zones).toHaveLength(36);
    const v2Ids = new Set(def.zones.map((z) => z.id));
    for (const z of v1?.zones ?? []) expect(v2Ids.has(z.id), z.id).toBe(true);
    // Where version 1 had its cells: fase 1's first cell right of the spoor header column.
    expect(v1?.zones.find((z) => z.id === "fase-1-spoor-a")?.rect.x).toBe(1180);
    expect(def.zones.find((z) => z.id === "aanloop-spoor-a")?.rect.x).toBe(1180);
  });

  it("shows the belanghebbenden as a reference card and names the sporen beside their rows", () => {
    const card = def.cards.find((c) => c.id === "belanghebbenden");
    expect(card?.kind).toBe("reference");
    expect(card?.body.map((b) => b.nl.split(" — ")[0])).toContain("Woningcorporatie");
    expect(card?.body).toHaveLength(13);
    for (const s of WIJKKOMPAS_SPOREN) {
      const c = def.cards.find((x) => x.id === `spoor-${s.letter.toLowerCase()}`);
      const row = def.zones.find((z) => z.id === `fase-1-spoor-${s.letter.toLowerCase()}`);
      expect(c?.rect.y, s.letter).toBe(row?.rect.y);
    }
  });
});

import { ReportModelSchema, type ReportWorksheet } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { fixtureNoteRecord, fixtureSession } from "../../../tests/fixtures/fixtureSession.ts";
import { CATALOGUE } from "../catalogue.ts";
import { WIJKKOMPAS_KNOOPPUNTEN, WIJKKOMPAS_PHASES } from "../definitions/wijkkompasModel.ts";
import { buildReportModel } from "./buildReportModel.ts";
import { notesTable } from "./notesTable.ts";
import type { ReportInput } from "./ReportInput.ts";

function fixtureInput(overrides: Partial<ReportInput["session"]> = {}): ReportInput {
  const f = fixtureSession();
  return {
    session: { title: f.title, wijk: f.wijk, createdAt: f.createdAt, ...overrides },
    placements: f.placements,
    // Reversed: the model must not depend on record order.
    records: f.notes.map((n) => fixtureNoteRecord(n)).reverse(),
    fields: f.fields,
    participants: f.participants,
    texts: f.texts,
    widgetMaps: f.widgetMaps,
    cardCounts: f.cardCounts,
    koppelkansen: f.koppelkansen,
  };
}

describe("buildReportModel", () => {
  const fixture = fixtureSession();
  const model = buildReportModel(fixtureInput(), "nl");

  it("is a valid, serialisable ReportModel", () => {
    expect(ReportModelSchema.parse(model)).toEqual(model);
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it("covers every worksheet of the catalogue, in agenda order, with its Wijkkompas placement", () => {
    expect(model.worksheets.map((w) => w.instanceId)).toEqual(fixture.placements.map((p) => p.instanceId));
    for (const def of CATALOGUE) {
      const w = model.worksheets.find((s) => s.worksheetId === def.id);
      expect(w, def.id).toBeDefined();
      expect(w?.title).toBe(def.title.nl);
      expect(w?.phase).toBe(def.wijkkompas.phase);
      expect(w?.sporen).toEqual(def.wijkkompas.sporen);
      expect(w?.zones.map((z) => z.id)).toEqual(def.zones.map((z) => z.id));
    }
    expect(model.cover.worksheets.map((w) => w.instanceId)).toEqual(
      model.worksheets.map((w) => w.instanceId),
    );
  });

  it("puts every note where its geometry says, and drops none", () => {
    const where = new Map<string, string>();
    for (const w of model.worksheets) {
      for (const z of w.zones) for (const n of z.notes) where.set(n.id, `${w.instanceId}/${z.id}`);
      for (const n of w.otherNotes) where.set(n.id, `${w.instanceId}/-`);
    }
    for (const n of model.otherNotes) where.set(n.id, "-/-");
    expect(where.size).toBe(fixture.notes.length);
    for (const n of fixture.notes) {
      expect(where.get(n.id), n.text).toBe(`${n.instanceId ?? "-"}/${n.zoneId ?? "-"}`);
    }
  });

  it("keeps note text, author and colour as plain values", () => {
    const all = model.worksheets.flatMap((w) => [...w.zones.flatMap((z) => z.notes), ...w.otherNotes]);
    for (const n of fixture.notes.filter((f) => f.instanceId)) {
      const got = all.find((a) => a.id === n.id);
      expect(got).toMatchObject({ text: n.text, author: n.authorName, color: "yellow", createdAt: null });
    }
  });

  it("substitutes the wijk, uses the facilitator's own titles, and reads the fields", () => {
    const titles = model.worksheets.flatMap((w) => w.zones.map((z) => z.title));
    expect(titles.some((t) => t.includes("[naam wijk]"))).toBe(false);
    for (const [key, text] of Object.entries(fixture.texts)) {
      const [instanceId, zoneId] = key.split("/");
      const zone = model.worksheets
        .find((w) => w.instanceId === instanceId)
        ?.zones.find((z) => z.id === zoneId);
      expect(zone?.title).toBe(text.replace("[naam wijk]", "Atolwijk"));
    }
    for (const [key, text] of Object.entries(fixture.fields)) {
      const [instanceId, fieldId] = key.split("/");
      const field = model.worksheets
        .find((w) => w.instanceId === instanceId)
        ?.fields.find((f) => f.id === fieldId);
      expect(field?.text).toBe(text);
    }
  });

  it("lists participants in joining order, then authors known only from their notes", () => {
    expect(model.cover.participants).toEqual(["Anna de Vries", "Bram Ünal", "Chris Weg"]);
    expect(model.cover.anonymous).toBe(false);
  });

  it("hides every name in an anonymous session", () => {
    const anon = buildReportModel(fixtureInput({ anonymous: true }), "nl");
    expect(anon.cover.participants).toEqual([]);
    const authors = new Set(notesTable(anon).map((r) => r[3]));
    expect([...authors]).toEqual(["anoniem"]);
  });

  it("speaks English when asked", () => {
    const en = buildReportModel(fixtureInput(), "en");
    expect(en.worksheets[0]?.title).toBe(CATALOGUE[0]?.title.en);
    expect(notesTable(en).some((r) => r[1] === "Other notes")).toBe(true);
  });

  it("falls back to meta when a note has no usable geometry, and never throws on junk", () => {
    const input = fixtureInput();
    const first = fixture.placements[0];
    const zone = CATALOGUE[0]?.zones[0];
    const broken = {
      id: "shape:broken",
      typeName: "shape",
      type: "note",
      x: "?",
      props: {},
      meta: { worksheet: first?.instanceId, zone: zone?.id },
    };
    const out = buildReportModel(
      { ...input, records: [...input.records, broken, null, 42, { id: 1 }] },
      "nl",
    );
    const z = out.worksheets[0]?.zones.find((s) => s.id === zone?.id);
    expect(z?.notes.some((n) => n.id === "shape:broken" && n.author === "anoniem" && n.text === "")).toBe(
      true,
    );
  });

  it("reads notes inside a parent shape at their page position", () => {
    const n = fixture.notes.find((f) => f.zoneId);
    if (!n) throw new Error("fixture has no zone note");
    const frame = {
      id: "shape:frame",
      typeName: "shape",
      type: "frame",
      x: 100,
      y: 50,
      parentId: "page:page",
    };
    const child = {
      ...fixtureNoteRecord(n),
      id: "shape:child",
      x: n.x - 100,
      y: n.y - 50,
      parentId: "shape:frame",
    };
    const out = buildReportModel({ ...fixtureInput(), records: [frame, child] }, "nl");
    const zone = out.worksheets
      .find((w) => w.instanceId === n.instanceId)
      ?.zones.find((z) => z.id === n.zoneId);
    expect(zone?.notes.map((x) => x.id)).toEqual(["shape:child"]);
  });

  /** The items of a worksheet's widget section of `kind`. */
  const itemsOf = (sheet: ReportWorksheet | undefined, kind: string) =>
    sheet?.widgets?.find((s) => s.kind === kind)?.items ?? [];

  it("carries every checklist row with the status the board holds, in the guide's groups", () => {
    const sheet = model.worksheets.find((w) => w.worksheetId === "basiselementen-wup");
    const def = CATALOGUE.find((d) => d.id === "basiselementen-wup");
    expect(sheet?.widgets?.map((s) => [s.kind, s.heading])).toEqual([["checklist", "Checklist"]]);
    const rows = itemsOf(sheet, "checklist");
    expect(rows.map((r) => r.id)).toEqual(def?.widgets?.map((w) => w.id));
    expect(rows[0]).toMatchObject({ group: "Wijkanalyse", title: "Grenzen van de wijk" });
    for (const r of rows) {
      const stored = fixture.widgetMaps.checklist?.[`${sheet?.instanceId}/${r.id}`];
      expect(r.value, r.id).toBe(stored);
      expect(r.valueLabel, r.id).toBe(
        stored === undefined
          ? "nog geen status"
          : { todo: "To do", bezig: "Bezig", klaar: "Klaar" }[String(stored)],
      );
    }
    expect(rows.some((r) => r.value === undefined)).toBe(true);
    // The stored value for a row the definition does not have is ignored.
    expect(rows.some((r) => r.id === "bestaat-niet")).toBe(false);
  });

  it("carries every knooppunt of the wijkkompas in phase order with its status", () => {
    const sheet = model.worksheets.find((w) => w.worksheetId === "wijkkompas");
    const list = itemsOf(sheet, "knooppunten");
    expect(list.map((k) => k.id)).toEqual(WIJKKOMPAS_KNOOPPUNTEN.map((k) => k.id));
    const phaseOf = (n: number) => WIJKKOMPAS_PHASES.find((p) => p.number === n);
    expect(list.map((k) => k.group)).toEqual(
      WIJKKOMPAS_KNOOPPUNTEN.map((k) => `${k.phase}. ${phaseOf(k.phase)?.title.nl}`),
    );
    const phases = list.map((k) => Number.parseInt(k.group ?? "", 10));
    expect(phases).toEqual([...phases].sort((a, b) => a - b));
    for (const k of list) expect(k.value, k.id).toBe(fixture.widgetMaps.knooppunten?.[`wijkkompas/${k.id}`]);
    expect(new Set(list.map((k) => k.value))).toEqual(
      new Set(["start", "pauzeren", "afronden", "herzien", undefined]),
    );
    expect(list[0]?.group).toBe("1. Samen starten");
  });

  it("carries the thermometer markers with their ends, in English too", () => {
    const sheet = model.worksheets.find((w) => w.worksheetId === "participatie-in-het-kort");
    const thermometers = itemsOf(sheet, "thermometer");
    expect(thermometers.map((t) => [t.id, t.title, t.value, t.valueLabel])).toEqual([
      ["intern", "Intern", 0.25, "25 %"],
      ["extern", "Extern", 1, "100 %"],
    ]);
    expect(thermometers[0]?.scale?.from).toMatch(/^smal — Uitsluitend/);
    const en = buildReportModel(fixtureInput(), "en").worksheets.find(
      (w) => w.worksheetId === "participatie-in-het-kort",
    );
    expect(itemsOf(en, "thermometer")[1]).toMatchObject({
      title: "External",
      scale: { from: "narrow", to: "broad" },
    });
  });

  it("reads unset and invalid statuses as not set, and leaves worksheets without widgets alone", () => {
    const input = fixtureInput();
    const out = buildReportModel(
      {
        ...input,
        widgetMaps: {
          checklist: { "basiselementen-wup/grenzen-van-de-wijk": "af" },
          thermometers: { "participatie-in-het-kort/intern": 1.5, "participatie-in-het-kort/extern": "0.3" },
        },
      },
      "nl",
    );
    const sheet = (id: string) => out.worksheets.find((w) => w.worksheetId === id);
    const unset = (id: string, kind: string) => itemsOf(sheet(id), kind).filter((i) => i.value === undefined);
    expect(unset("basiselementen-wup", "checklist")).toEqual(
      itemsOf(sheet("basiselementen-wup"), "checklist"),
    );
    expect(unset("wijkkompas", "knooppunten")).toEqual(itemsOf(sheet("wijkkompas"), "knooppunten"));
    expect(unset("participatie-in-het-kort", "thermometer")).toEqual(
      itemsOf(sheet("participatie-in-het-kort"), "thermometer"),
    );
    for (const [id, kind] of [
      ["basiselementen-wup", "checklist"],
      ["wijkkompas", "knooppunten"],
      ["participatie-in-het-kort", "thermometer"],
    ] as const)
      expect(itemsOf(sheet(id), kind).length, kind).toBeGreaterThan(0);
    expect(new Set(unset("wijkkompas", "knooppunten").map((i) => i.valueLabel))).toEqual(
      new Set(["nog geen status"]),
    );
    expect(new Set(unset("participatie-in-het-kort", "thermometer").map((i) => i.valueLabel))).toEqual(
      new Set(["nog niet geplaatst"]),
    );
    expect(sheet("gedeeld-verhaal")).not.toHaveProperty("widgets");
    // Koppelkansen widgets keep no value per item: their tables are sections of their own.
    expect(sheet("koppelkansen-scoren")).not.toHaveProperty("widgets");
    expect(ReportModelSchema.parse(out)).toEqual(out);
  });

  it("reports a session of participatie-in-het-kort version 1 with its thermometer zones", () => {
    const input = fixtureInput();
    const placements = input.placements.map((p) =>
      p.worksheetId === "participatie-in-het-kort" ? { ...p, version: 1 } : p,
    );
    const sheet = buildReportModel({ ...input, placements }, "nl").worksheets.find(
      (w) => w.worksheetId === "participatie-in-het-kort",
    );
    expect(sheet?.zones.map((z) => z.id)).toEqual(["thermometer-intern", "thermometer-extern", "motivatie"]);
    expect(sheet).not.toHaveProperty("widgets");
  });

  it("names the colour a note shows, not tldraw's id: the default black note is yellow", () => {
    const [n] = fixture.notes;
    if (!n) throw new Error("no fixture note");
    const colours = ["black", "yellow", "light-red", "mauve"].map((color, i) => ({
      ...fixtureNoteRecord(n, color),
      id: `shape:c${i}`,
    }));
    const note = (m: ReturnType<typeof buildReportModel>, id: string) =>
      [
        ...m.worksheets.flatMap((w) => [...w.zones.flatMap((z) => z.notes), ...w.otherNotes]),
        ...m.otherNotes,
      ].find((x) => x.id === id);
    const nl = buildReportModel({ ...fixtureInput(), records: colours }, "nl");
    expect(["shape:c0", "shape:c1", "shape:c2", "shape:c3"].map((id) => note(nl, id)?.colorName)).toEqual([
      "geel",
      "oranjegeel",
      "roze",
      "mauve",
    ]);
    expect(note(nl, "shape:c0")?.color).toBe("black");
    const en = buildReportModel({ ...fixtureInput(), records: colours }, "en");
    expect(note(en, "shape:c0")?.colorName).toBe("yellow");
  });

  it("carries a note's creation and change times from its meta, and none for older notes", () => {
    const [n] = fixture.notes;
    if (!n) throw new Error("no fixture note");
    const record = fixtureNoteRecord(n);
    const timed = {
      ...record,
      meta: { ...record.meta, createdAt: "2025-03-01T09:15:00.000Z", updatedAt: "2025-03-01T09:40:30.000Z" },
    };
    const out = buildReportModel({ ...fixtureInput(), records: [timed] }, "nl");
    const row = notesTable(out).find((r) => r[2] === n.text);
    // Amsterdam wall-clock time (CET in March), minutes.
    expect(row?.slice(6)).toEqual(["2025-03-01 10:15", "2025-03-01 10:40"]);
    const old = notesTable(buildReportModel({ ...fixtureInput(), records: [record] }, "nl"));
    expect(old.find((r) => r[2] === n.text)?.slice(6)).toEqual(["", ""]);
  });

  it("says for which stakeholder a speelruimte note is, named or numbered", () => {
    const sheet = model.worksheets.find((w) => w.worksheetId === "speelruimte");
    const zone = sheet?.zones.find((z) => z.id === "stakeholder-2-wel-willen-niet-kunnen");
    expect(zone?.group).toBe(fixture.fields["speelruimte/stakeholder-2-naam"]);
    const rows = notesTable(model).filter((r) => r[0] === sheet?.title);
    expect(rows.some((r) => r[1] === `${zone?.group} · Wel willen · niet kunnen`)).toBe(true);
    const unnamed = buildReportModel({ ...fixtureInput(), fields: {} }, "nl").worksheets.find(
      (w) => w.worksheetId === "speelruimte",
    );
    expect(unnamed?.zones.find((z) => z.id === "stakeholder-3-niet-willen-wel-kunnen")?.group).toBe(
      "Stakeholder 3",
    );
    // The name fields say which card they name, too.
    expect(unnamed?.fields.find((f) => f.id === "stakeholder-3-naam")?.label).toBe("Stakeholder 3");
    // Zones of other worksheets name no group.
    expect(model.worksheets.find((w) => w.worksheetId === "gedeeld-verhaal")?.zones[0]).not.toHaveProperty(
      "group",
    );
  });

  it("reads the stakeholder names where the session keeps them: the facilitator's once they name them", () => {
    const input = fixtureInput();
    const texts = { ...input.texts, "speelruimte/stakeholder-1-naam": "Gemeente" };
    const fields = { ...input.fields, "speelruimte/stakeholder-1-naam": "Door een deelnemer" };
    const name = (stakeholderNames: unknown) =>
      buildReportModel({ ...input, texts, fields, stakeholderNames }, "nl")
        .worksheets.find((w) => w.worksheetId === "speelruimte")
        ?.fields.find((f) => f.id === "stakeholder-1-naam")?.text;
    expect(name("facilitator")).toBe("Gemeente");
    expect(name(undefined)).toBe("Gemeente");
    const group = { ...input, fields, stakeholderNames: "group" };
    const sheet = buildReportModel(group, "nl").worksheets.find((w) => w.worksheetId === "speelruimte");
    expect(sheet?.fields.find((f) => f.id === "stakeholder-1-naam")?.text).toBe("Door een deelnemer");
  });

  it("titles a table's copy with its table, so the exports tell the tables' copies apart", () => {
    const input = fixtureInput();
    const texts = { ...input.texts, "gedeeld-verhaal/tafel": "Tafel 2" };
    const sheet = buildReportModel({ ...input, texts }, "nl").worksheets.find(
      (w) => w.instanceId === "gedeeld-verhaal",
    );
    expect(sheet?.title).toBe("Stap 1 - Een gedeeld verhaal van de wijk · Tafel 2");
  });

  it("shows the session's wijk in 'Over welke wijk gaat het?' until the group writes it", () => {
    const input = fixtureInput();
    const { "participatie-in-het-kort/wijk": _, ...fields } = input.fields as Record<string, unknown>;
    const wijk = (f: Record<string, unknown>) =>
      buildReportModel({ ...input, fields: f }, "nl")
        .worksheets.find((w) => w.worksheetId === "participatie-in-het-kort")
        ?.fields.find((x) => x.id === "wijk")?.text;
    expect(wijk(fields)).toBe("Atolwijk");
    expect(wijk({ ...fields, "participatie-in-het-kort/wijk": "Atolwijk-Zuid" })).toBe("Atolwijk-Zuid");
  });

  it("names the facilitators: those written in the control document, then the co-facilitators", () => {
    const input = fixtureInput({ facilitators: ["Fatima", " ", "Fatima"] });
    const out = buildReportModel(
      { ...input, members: { "p-bram": "facilitator", "p-anna": "removed", "p-onbekend": "facilitator" } },
      "nl",
    );
    expect(out.cover.facilitators).toEqual(["Fatima", "Bram Ünal"]);
    expect(buildReportModel(fixtureInput(), "nl").cover.facilitators).toEqual([]);
  });

  it("places each worksheet in its Wijkkompas phase, the aanloop included, with the phases it returns in", () => {
    const cover = (id: string) => model.cover.worksheets.find((w) => w.worksheetId === id);
    expect(cover("koppelkansen-scoren")).toMatchObject({ phase: 0, alsoIn: [1, 2, 3] });
    expect(cover("startpunt-bepalen")).toMatchObject({ phase: 0 });
    expect(cover("startpunt-bepalen")).not.toHaveProperty("alsoIn");
    expect(cover("basiselementen-wup")?.phase).toBe(4);
  });

  it("is pure: the same input gives the same model", () => {
    expect(buildReportModel(fixtureInput(), "nl")).toEqual(model);
  });
});

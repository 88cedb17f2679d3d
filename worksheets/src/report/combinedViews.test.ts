import type { ReportNote, ReportWorksheet } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { combinedViews } from "./combinedViews.ts";

const note = (id: string, text = id): ReportNote => ({
  id,
  text,
  author: "Anna",
  color: "yellow",
  createdAt: null,
  updatedAt: null,
});

/** A gedeeld-verhaal section with notes per zone ("a", "b") and outside them. */
function sheet(
  instanceId: string,
  zones: Record<string, string[]> = {},
  other: string[] = [],
): ReportWorksheet {
  return {
    instanceId,
    worksheetId: "gedeeld-verhaal",
    title: `Gedeeld verhaal (${instanceId})`,
    chapter: "",
    phase: 1,
    knooppunt: null,
    sporen: [],
    zones: ["a", "b"].map((id) => ({
      id,
      label: id.toUpperCase(),
      title: `Vak ${id}`,
      notes: (zones[id] ?? []).map((n) => note(n)),
    })),
    fields: [],
    otherNotes: other.map((n) => note(n)),
  };
}

const TABLES = {
  1: { label: "Tafel 1", copies: { gv: "gv-2" } },
  2: { label: "Tafel 2", copies: { gv: "gv-3" } },
};
const LABELS = { "gv-2/tafel": "Tafel 1", "gv-3/tafel": "Tafel 2" };
const titleOf = (id: string) => (id.startsWith("gv") ? "Gedeeld verhaal" : undefined);

describe("combinedViews", () => {
  it("lists every zone of the worksheet with the notes of each table's copy, marked with the table", () => {
    const views = combinedViews(
      [
        sheet("gv", { a: ["origineel"] }),
        sheet("gv-2", { a: ["t1-a1", "t1-a2"], b: ["t1-b"] }, ["t1-los"]),
        sheet("gv-3", { a: ["t2-a"] }),
      ],
      TABLES,
      LABELS,
      titleOf,
    );
    expect(views).toHaveLength(1);
    const [view] = views;
    expect(view?.sourceInstanceId).toBe("gv");
    expect(view?.title).toBe("Gedeeld verhaal");
    expect(view?.tables).toEqual(["Tafel 1", "Tafel 2"]);
    const rows = (zone: string) =>
      view?.zones.find((z) => z.id === zone)?.notes.map((n) => `${n.table}: ${n.note.text}`);
    // The original is not a table's copy: its notes stay in its own section only.
    expect(rows("a")).toEqual(["Tafel 1: t1-a1", "Tafel 1: t1-a2", "Tafel 2: t2-a"]);
    expect(rows("b")).toEqual(["Tafel 1: t1-b"]);
    expect(view?.zones.map((z) => [z.label, z.title])).toEqual([
      ["A", "Vak a"],
      ["B", "Vak b"],
    ]);
    expect(view?.otherNotes.map((n) => `${n.table}: ${n.note.text}`)).toEqual(["Tafel 1: t1-los"]);
  });

  it("keeps the copy of a removed table (found by its label) in the combined view", () => {
    const [view] = combinedViews(
      [sheet("gv"), sheet("gv-2", { a: ["t1"] }), sheet("gv-3", { b: ["t2"] })],
      { 1: TABLES[1] },
      LABELS,
      titleOf,
    );
    expect(view?.sourceInstanceId).toBe("gv");
    expect(view?.tables).toEqual(["Tafel 1", "Tafel 2"]);
    expect(view?.zones.flatMap((z) => z.notes.map((n) => `${n.table}: ${n.note.text}`))).toEqual([
      "Tafel 1: t1",
      "Tafel 2: t2",
    ]);
  });

  it("gives nothing without tables, and skips tables that do not parse", () => {
    expect(combinedViews([sheet("gv", { a: ["x"] })], undefined, {}, titleOf)).toEqual([]);
    expect(
      combinedViews([sheet("gv"), sheet("gv-2")], { een: TABLES[1], 2: { label: "" } }, {}, titleOf),
    ).toEqual([]);
  });

  it("one view per worksheet copied, in agenda order", () => {
    const other = { ...sheet("kk"), worksheetId: "koppelkansen" };
    const otherCopy = { ...sheet("kk-2", { b: ["k"] }), worksheetId: "koppelkansen" };
    const views = combinedViews(
      [other, sheet("gv"), otherCopy, sheet("gv-2", { a: ["g"] })],
      { 1: { label: "Tafel 1", copies: { gv: "gv-2", kk: "kk-2" } } },
      { "gv-2/tafel": "Tafel 1", "kk-2/tafel": "Tafel 1" },
      (id) => (id === "kk" ? "Koppelkansen" : titleOf(id)),
    );
    expect(views.map((v) => [v.sourceInstanceId, v.title])).toEqual([
      ["kk", "Koppelkansen"],
      ["gv", "Gedeeld verhaal"],
    ]);
  });
});

import { type WorksheetPlacement, WorksheetPlacementSchema } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { appendPlacement } from "./appendPlacement.ts";
import { getWorksheet } from "./catalogue.ts";
import { layoutSession, WORKSHEET_GAP } from "./layoutSession.ts";

const sizeOf = (p: WorksheetPlacement) => {
  const def = getWorksheet(p.worksheetId, p.version);
  if (!def) throw new Error(`no definition for ${p.worksheetId}`);
  return def.size;
};

const overlaps = (a: WorksheetPlacement, b: WorksheetPlacement) => {
  const [sa, sb] = [sizeOf(a), sizeOf(b)];
  return a.x < b.x + sb.w && b.x < a.x + sa.w && a.y < b.y + sb.h && b.y < a.y + sa.h;
};

describe("appendPlacement", () => {
  it("continues layoutSession's row: the result equals laying out the longer agenda", () => {
    const agenda = ["gedeeld-verhaal", "startpunt-bepalen", "wijkkompas"];
    const before = layoutSession(agenda.slice(0, 2));
    expect([...before, appendPlacement(before, "wijkkompas")]).toEqual(layoutSession(agenda));
  });

  it("places the first worksheet of an empty session at the origin, newest version", () => {
    const def = getWorksheet("speelruimte");
    expect(appendPlacement([], "speelruimte")).toEqual({
      instanceId: "speelruimte",
      worksheetId: "speelruimte",
      version: def?.version,
      x: 0,
      y: 0,
    });
  });

  it("gives a repeated worksheet the next instance id that is not taken", () => {
    const two = layoutSession(["speelruimte", "speelruimte"]);
    expect(appendPlacement(two, "speelruimte").instanceId).toBe("speelruimte-3");
    // A placement written by a script may already hold a later number: it is skipped, not doubled.
    const [first, second] = two as [WorksheetPlacement, WorksheetPlacement];
    const scripted = [
      first,
      { ...second, instanceId: "speelruimte-2" },
      { ...second, instanceId: "speelruimte-3", x: 9000 },
    ];
    expect(appendPlacement(scripted, "speelruimte").instanceId).toBe("speelruimte-4");
    expect(appendPlacement([{ ...first, instanceId: "speelruimte-2" }], "speelruimte").instanceId).toBe(
      "speelruimte",
    );
  });

  it("overlaps no existing worksheet, wherever they were moved", () => {
    const moved = layoutSession(["gedeeld-verhaal", "wijkkompas", "kaders-check"]).map((p, i) => ({
      ...p,
      x: [5000, -3000, 12000][i] ?? 0,
      y: [-800, 2500, 40][i] ?? 0,
    }));
    const added = appendPlacement(moved, "gedeeld-verhaal");
    for (const p of moved) expect(overlaps(added, p), p.instanceId).toBe(false);
    const rightmost = Math.max(...moved.map((p) => p.x + sizeOf(p).w));
    expect(added.x).toBe(rightmost + WORKSHEET_GAP);
    expect(added.y).toBe(0);
  });

  it("keeps the version asked for when this server still has it, and parses as a placement", () => {
    const v1 = appendPlacement([], "participatie-in-het-kort", 1);
    expect(v1.version).toBe(1);
    expect(WorksheetPlacementSchema.safeParse(v1).success).toBe(true);
    const newest = getWorksheet("participatie-in-het-kort")?.version;
    expect(appendPlacement([], "participatie-in-het-kort", 999).version).toBe(newest);
  });

  it("throws on an unknown worksheet id", () => {
    expect(() => appendPlacement([], "bestaat-niet")).toThrow(/unknown worksheet: bestaat-niet/);
  });
});

import { CONTROL, LIMITS, type WorksheetPlacement } from "@wijkbord/shared";
import { appendPlacement, layoutSession } from "@wijkbord/worksheets";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readPlacements } from "../sync/bindWorksheetShapes.ts";
import { addWorksheet } from "./addWorksheet.ts";

function controlWith(placements: WorksheetPlacement[]): Y.Doc {
  const doc = new Y.Doc();
  doc.getArray<WorksheetPlacement>(CONTROL.worksheets).push(placements);
  return doc;
}

describe("addWorksheet", () => {
  it("appends a placement after the existing ones, in one update", () => {
    const existing = layoutSession(["gedeeld-verhaal", "speelruimte"]);
    const doc = controlWith(existing);
    let updates = 0;
    doc.on("update", () => updates++);
    const result = addWorksheet(doc, existing, "speelruimte");
    expect(result).toEqual({ ok: true, placement: appendPlacement(existing, "speelruimte") });
    expect(readPlacements(doc)).toEqual([...existing, appendPlacement(existing, "speelruimte")]);
    expect(readPlacements(doc).at(-1)?.instanceId).toBe("speelruimte-2");
    expect(updates).toBe(1);
  });

  it("keeps clear of a hidden worksheet's place and id, and counts it towards the limit", () => {
    const [first, second] = layoutSession(["speelruimte", "speelruimte"]) as [
      WorksheetPlacement,
      WorksheetPlacement,
    ];
    const doc = controlWith([first]);
    const result = addWorksheet(doc, [first], "speelruimte", [second]);
    if (!result.ok) throw new Error("not added");
    expect(result.placement.instanceId).not.toBe(second.instanceId);
    expect(result.placement.x).toBeGreaterThan(second.x);
    expect(readPlacements(doc).map((p) => p.instanceId)).toEqual([
      first.instanceId,
      result.placement.instanceId,
    ]);
    const full = Array.from({ length: LIMITS.maxWorksheetsPerSession - 1 }, (_, k) => ({
      ...first,
      instanceId: `hidden-${k}`,
    }));
    expect(addWorksheet(controlWith([first]), [first], "speelruimte", full)).toEqual({
      ok: false,
      reason: "limit",
    });
  });

  it("writes the drawn placements first when the control document has none yet", () => {
    const drawn = layoutSession(["wijkkompas"]);
    const doc = controlWith([]);
    addWorksheet(doc, drawn, "kaders-check");
    expect(readPlacements(doc).map((p) => p.instanceId)).toEqual(["wijkkompas", "kaders-check"]);
  });

  it("refuses beyond maxWorksheetsPerSession and an unknown worksheet, writing nothing", () => {
    const full = layoutSession(Array.from({ length: LIMITS.maxWorksheetsPerSession }, () => "kaders-check"));
    const doc = controlWith(full);
    expect(addWorksheet(doc, full, "gedeeld-verhaal")).toEqual({ ok: false, reason: "limit" });
    expect(readPlacements(doc)).toHaveLength(LIMITS.maxWorksheetsPerSession);
    const small = controlWith([]);
    expect(addWorksheet(small, [], "bestaat-niet")).toEqual({ ok: false, reason: "unknown" });
    expect(small.getArray(CONTROL.worksheets).length).toBe(0);
  });
});

describe("two facilitators adding the same worksheet at once", () => {
  it("push the same instance id twice; every reader draws it once (the first wins)", () => {
    const existing = layoutSession(["gedeeld-verhaal"]);
    const [a, b] = [controlWith(existing), controlWith([])];
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    addWorksheet(a, readPlacements(a), "speelruimte");
    addWorksheet(b, readPlacements(b), "speelruimte");
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(a.getArray(CONTROL.worksheets).length).toBe(3);
    expect(readPlacements(a).map((p) => p.instanceId)).toEqual(["gedeeld-verhaal", "speelruimte"]);
    expect(readPlacements(b)).toEqual(readPlacements(a));
  });
});

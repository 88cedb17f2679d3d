import type { HiddenWorksheet, WorksheetPlacement } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { agendaEntries, hiddenWorksheets } from "./agendaEntries.ts";

const p = (instanceId: string): WorksheetPlacement => ({
  instanceId,
  worksheetId: "gedeeld-verhaal",
  version: 1,
  x: 0,
  y: 0,
});
const h = (instanceId: string, index: number): HiddenWorksheet => ({
  placement: p(instanceId),
  index,
  areaKey: `k-${instanceId}`,
  texts: {},
  maps: {},
  records: {},
  lockedRecords: {},
  locked: false,
  hiddenAt: "2026-12-07T22:00:00.000Z",
});

describe("agendaEntries", () => {
  it("puts each hidden worksheet back where it was hidden from", () => {
    const list = agendaEntries([p("a"), p("c")], hiddenWorksheets([h("d", 3), h("b", 1), "kapot"]));
    expect(list.map((e) => `${e.placement.instanceId}${e.hidden ? "*" : ""}`)).toEqual([
      "a",
      "b*",
      "c",
      "d*",
    ]);
  });

  it("lists a worksheet once while a show is on its way", () => {
    expect(agendaEntries([p("a")], [h("a", 0)]).length).toBe(1);
  });
});

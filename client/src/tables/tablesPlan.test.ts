import type { Table, WorksheetPlacement } from "@wijkbord/shared";
import { layoutSession } from "@wijkbord/worksheets";
import { describe, expect, it } from "vitest";
import { copyOf, planTables, readTables, seatUnseated } from "./tablesPlan.ts";

const placements = layoutSession(["gedeeld-verhaal"]) as WorksheetPlacement[];
const source = placements[0] as WorksheetPlacement;
const label = (n: number) => `Tafel ${n}`;

describe("planTables", () => {
  it("gives each of n tables its own copy, side by side, labelled by its table", () => {
    const plan = planTables(placements, source, 2, new Map(), label);
    expect(plan.placements.map((p) => p.instanceId)).toEqual(["gedeeld-verhaal-2", "gedeeld-verhaal-3"]);
    const [a, b] = plan.placements as [WorksheetPlacement, WorksheetPlacement];
    expect(b.x).toBeGreaterThan(a.x);
    expect(plan.tables).toEqual([
      ["1", { label: "Tafel 1", copies: { "gedeeld-verhaal": "gedeeld-verhaal-2" } }],
      ["2", { label: "Tafel 2", copies: { "gedeeld-verhaal": "gedeeld-verhaal-3" } }],
    ]);
    expect(plan.labels).toEqual([
      ["gedeeld-verhaal-2/tafel", "Tafel 1"],
      ["gedeeld-verhaal-3/tafel", "Tafel 2"],
    ]);
  });

  it("keeps an existing table's copy and adds only the missing table", () => {
    const existing = new Map<string, Table>([
      ["1", { label: "Tafel 1", copies: { "gedeeld-verhaal": "x" } }],
    ]);
    const plan = planTables(placements, source, 2, existing, label);
    expect(plan.tables.map(([id]) => id)).toEqual(["2"]);
  });

  it("keeps the copies clear of hidden worksheets' places and ids, which the reveal puts back", () => {
    // Step two hidden: its placement is out of the control document, only the facilitators keep it.
    const [step1, step2] = layoutSession(["gedeeld-verhaal", "participatie-in-het-kort"]) as [
      WorksheetPlacement,
      WorksheetPlacement,
    ];
    const hiddenCopy = { ...step1, instanceId: "gedeeld-verhaal-2", x: 20_000 };
    const plan = planTables([step1], step1, 2, new Map(), label, [step2, hiddenCopy]);
    const ids = plan.placements.map((p) => p.instanceId);
    expect(ids).toEqual(["gedeeld-verhaal-3", "gedeeld-verhaal-4"]);
    for (const copy of plan.placements) expect(copy.x).toBeGreaterThan(hiddenCopy.x);
  });
});

describe("seatUnseated", () => {
  it("spreads people evenly and puts a late one at the emptiest table, moving nobody", () => {
    const first = seatUnseated(["a", "b", "c", "d"], ["1", "2"], new Map());
    expect([...first.values()].filter((t) => t === "1").length).toBe(2);
    const late = seatUnseated(["e"], ["1", "2"], new Map([...first, ["x", "1"]]));
    expect(late.get("e")).toBe("2");
  });
});

it("reads tables in number order and goes to a table's latest copy", () => {
  const list = readTables([
    ["10", { label: "Tafel 10", copies: {} }],
    ["2", { label: "Tafel 2", copies: { a: "a-2", b: "b-2" } }],
    ["3", "kapot"],
  ]);
  expect(list.map(([id]) => id)).toEqual(["2", "10"]);
  expect(copyOf(list[0]?.[1])).toBe("b-2");
  expect(copyOf(undefined)).toBeNull();
});

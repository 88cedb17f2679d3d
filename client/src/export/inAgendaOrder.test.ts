import { describe, expect, it } from "vitest";
import { inAgendaOrder } from "./inAgendaOrder.ts";

describe("inAgendaOrder", () => {
  it("orders worksheets as the agenda lists them, whatever the canvas order", () => {
    const onCanvas = [
      { id: "wijkkompas" },
      { id: "speelruimte-2" },
      { id: "gedeeld-verhaal" },
      { id: "speelruimte" },
    ];
    const agenda = ["gedeeld-verhaal", "speelruimte", "speelruimte-2", "wijkkompas"];
    expect(inAgendaOrder(onCanvas, (s) => s.id, agenda).map((s) => s.id)).toEqual(agenda);
  });

  it("puts what the agenda does not list last, in the order it came", () => {
    const items = [{ id: "x" }, { id: "b" }, { id: "y" }, { id: "a" }];
    expect(inAgendaOrder(items, (s) => s.id, ["a", "b"]).map((s) => s.id)).toEqual(["a", "b", "x", "y"]);
  });
});

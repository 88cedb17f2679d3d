import { describe, expect, it } from "vitest";
import { wijkkompasLine } from "./reportText.ts";

const sheet = { instanceId: "x", worksheetId: "x", title: "X", chapter: "", knooppunt: null, sporen: [] };

describe("wijkkompasLine", () => {
  it("names the phase, the aanloop by its name, and the phases a worksheet comes back in", () => {
    expect(wijkkompasLine({ ...sheet, phase: 4, sporen: ["A", "F"] }, "nl")).toBe("Fase 4 · Sporen: A, F");
    expect(wijkkompasLine({ ...sheet, phase: 0, alsoIn: [1, 2, 3] }, "nl")).toBe(
      "Aanloopfase, ook in fase 1, 2, 3",
    );
    expect(wijkkompasLine({ ...sheet, phase: 1, alsoIn: [0], knooppunt: "Doel" }, "nl")).toBe(
      "Fase 1, ook in de aanloopfase · Knooppunt: Doel",
    );
    expect(wijkkompasLine({ ...sheet, phase: 0, alsoIn: [1] }, "en")).toBe("Run-up phase, also in phase 1");
    expect(wijkkompasLine({ ...sheet, phase: null }, "nl")).toBe("");
  });
});

import type { ReportModel } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../tests/fixtures/parseCsv.ts";
import { neutralizeFormula } from "./neutralizeFormula.ts";
import { reportFixtureModel } from "./reportFixtureModel.ts";
import { writeCsv } from "./writeCsv.ts";

describe("neutralizeFormula", () => {
  it("prefixes a quote to anything a spreadsheet would evaluate, and nothing else", () => {
    for (const s of ["=1+1", "+31", "-1", "@A1", "\tx", "\rx"]) expect(neutralizeFormula(s)).toBe(`'${s}`);
    for (const s of ["", "gewoon", " =1", "'=1", "a=b", "1-2"]) expect(neutralizeFormula(s)).toBe(s);
  });
});

describe("writeCsv", () => {
  it("starts with a BOM, quotes per RFC 4180 and round-trips every note", () => {
    const model = reportFixtureModel();
    const csv = writeCsv(model);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(csv.slice(1));
    const notes = model.worksheets.flatMap((w) => [...w.zones.flatMap((z) => z.notes), ...w.otherNotes]);
    expect(rows.length).toBe(notes.length + model.otherNotes.length + 1);
    for (const n of notes) expect(rows.some((r) => r[2] === neutralizeFormula(n.text))).toBe(true);
  });

  it("keeps a multi-line, quoted note in one field", () => {
    const model: ReportModel = {
      ...reportFixtureModel(),
      worksheets: [],
      otherNotes: [
        {
          id: "a",
          text: 'één "twee"\r\ndrie, vier',
          author: "X",
          color: "red",
          createdAt: null,
          updatedAt: null,
        },
      ],
    };
    const rows = parseCsv(writeCsv(model).slice(1));
    expect(rows[1]).toEqual(["", "Overige notities", 'één "twee"\r\ndrie, vier', "X", "red", "", "", ""]);
  });
});

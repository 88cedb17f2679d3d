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
    const rows = parseCsv(csv.slice(1), ";");
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
    const rows = parseCsv(writeCsv(model).slice(1), ";");
    expect(rows[1]).toEqual(["", "Overige notities", 'één "twee"\r\ndrie, vier', "X", "red", "", "", ""]);
  });

  it("separates with ';' for Dutch spreadsheets and ',' for English ones, either on request", () => {
    const nl = reportFixtureModel("nl");
    const en = reportFixtureModel("en");
    const header = (csv: string) => csv.slice(1, csv.indexOf("\r\n"));
    expect(header(writeCsv(nl))).toBe("Werkblad;Vak;Tekst;Auteur;Kleur;Stemmen;Gemaakt;Laatst gewijzigd");
    expect(header(writeCsv(en))).toBe("Worksheet,Zone,Text,Author,Colour,Votes,Created,Last changed");
    expect(header(writeCsv(nl, "comma"))).toBe(
      "Werkblad,Vak,Tekst,Auteur,Kleur,Stemmen,Gemaakt,Laatst gewijzigd",
    );
    expect(header(writeCsv(en, "semicolon"))).toBe(
      "Worksheet;Zone;Text;Author;Colour;Votes;Created;Last changed",
    );
    // The same table either way.
    expect(parseCsv(writeCsv(nl, "comma").slice(1), ",")).toEqual(parseCsv(writeCsv(nl).slice(1), ";"));
  });

  it("names the colour the note shows and writes its times as Amsterdam date and time", () => {
    const model: ReportModel = {
      ...reportFixtureModel(),
      worksheets: [],
      otherNotes: [
        {
          id: "a",
          text: "Standaardnotitie",
          author: "X",
          color: "black",
          colorName: "geel",
          createdAt: "2025-06-30T22:05:00.000Z",
          updatedAt: "2025-07-01T08:00:00.000Z",
        },
      ],
    };
    const rows = parseCsv(writeCsv(model).slice(1), ";");
    // Summer time: UTC+2, so the note was made on 1 July.
    expect(rows[1]?.slice(4)).toEqual(["geel", "", "2025-07-01 00:05", "2025-07-01 10:00"]);
  });
});

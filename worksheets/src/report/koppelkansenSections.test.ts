import { ReportModelSchema, type ReportWorksheet } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { FIXTURE_TOTALS, fixtureKoppelkansen } from "../../../tests/fixtures/fixtureKoppelkansen.ts";
import { fixtureSession } from "../../../tests/fixtures/fixtureSession.ts";
import type { Lang } from "../localize.ts";
import { buildReportModel } from "./buildReportModel.ts";
import type { ReportInput } from "./ReportInput.ts";

function model(lang: Lang, koppelkansen: ReportInput["koppelkansen"] = fixtureKoppelkansen()) {
  const f = fixtureSession();
  return buildReportModel(
    {
      session: { title: f.title, wijk: f.wijk, createdAt: f.createdAt },
      placements: f.placements,
      records: [],
      fields: {},
      participants: {},
      texts: {},
      koppelkansen,
    },
    lang,
  );
}

const sheet = (m: ReturnType<typeof model>, id: string): ReportWorksheet => {
  const w = m.worksheets.find((x) => x.worksheetId === id);
  if (!w) throw new Error(`no worksheet ${id} in the fixture`);
  return w;
};

describe("koppelkansen in the report model", () => {
  const nl = model("nl");

  it("is a valid model; only the koppelkansen worksheets carry koppelkansen sections", () => {
    expect(ReportModelSchema.safeParse(nl).success).toBe(true);
    const keys = ["opgaven", "succesfactoren", "scoring", "ranking", "priorities"] as const;
    for (const w of nl.worksheets) {
      const has = keys.filter((k) => w[k] !== undefined);
      const expected: Record<string, readonly string[]> = {
        "koppelkansen-in-kaart": ["opgaven", "succesfactoren"],
        "koppelkansen-scoren": ["scoring"],
        "koppelkansen-prioriteren": ["ranking", "priorities"],
      };
      expect(has, w.worksheetId).toEqual(expected[w.worksheetId] ?? []);
    }
  });

  it("in kaart: opgaven in order with their koppelkansen and verantwoordelijke, the loose ones last", () => {
    const w = sheet(nl, "koppelkansen-in-kaart");
    expect(w.opgaven).toEqual([
      {
        id: "o-warmte",
        name: "Aardgasvrij maken",
        koppelkansen: [
          {
            id: "k-isolatie",
            name: "Isoleren bij groot onderhoud",
            verantwoordelijke: "Woningcorporatie Atol",
          },
          {
            id: "k-warmtenet",
            name: "Warmtenet samen met de nieuwe school",
            verantwoordelijke: "Gemeente, team energie",
          },
        ],
      },
      {
        id: "o-groen",
        name: "Klimaatadaptatie — hitte & water",
        koppelkansen: [
          { id: "k-groen", name: "Groene daken → minder hitte", verantwoordelijke: "=Werkgroep groen" },
          { id: "k-riool", name: "Riool vervangen en straat vergroenen", verantwoordelijke: "" },
        ],
      },
      {
        id: null,
        name: "Zonder opgave",
        koppelkansen: [{ id: "k-batterij", name: "Buurtbatterij", verantwoordelijke: "Bram Ünal" }],
      },
    ]);
    expect(w.succesfactoren).toEqual([
      { id: "f-draagvlak", name: "Draagvlak in de wijk", weight: 2 },
      { id: "f-kosten", name: "Betaalbaarheid", weight: 1.5 },
      { id: "f-co2", name: "CO₂-reductie", weight: 1 },
    ]);
  });

  it("scoren: a row per koppelkans with scores per factor, reasons, Σ weight × score and the shared rank", () => {
    const s = sheet(nl, "koppelkansen-scoren").scoring;
    expect(s?.factors.map((f) => f.weight)).toEqual([2, 1.5, 1]);
    expect(s?.rows.map((r) => ({ id: r.id, total: r.total, rank: r.rank }))).toEqual(FIXTURE_TOTALS);
    const batterij = s?.rows.find((r) => r.id === "k-batterij");
    // The out-of-range 11 is skipped: the cell reads as not scored (and counts as 0).
    expect(batterij).toMatchObject({ opgave: "", scores: [3, null, -2], reasons: [null, null, null] });
    expect(s?.rows[0]).toMatchObject({
      opgave: "Aardgasvrij maken",
      scores: [8, 6, 10],
      reasons: ["Bewoners vragen er zelf om — bleek op de café-avond", null, null],
    });
  });

  it("prioriteren: the top 15 (tie shares rank 2) and the priorities in order with Omdat… and wie", () => {
    const w = sheet(nl, "koppelkansen-prioriteren");
    expect(w.ranking?.map((r) => [r.rank, r.name, r.total])).toEqual([
      [1, "Isoleren bij groot onderhoud", 35],
      [2, "Groene daken → minder hitte", 22],
      [2, "Riool vervangen en straat vergroenen", 22],
      [4, "Warmtenet samen met de nieuwe school", 14],
      [5, "Buurtbatterij", 4],
    ]);
    // The priority of a removed koppelkans is gone.
    expect(w.priorities?.map((p) => [p.name, p.omdat, p.wie])).toEqual([
      [
        "Isoleren bij groot onderhoud",
        "Omdat het samenvalt met het onderhoud van de corporatie",
        "Werkgroep wonen",
      ],
      [
        "Riool vervangen en straat vergroenen",
        "=SUM(1,2) omdat de straat in 2027 toch opengaat",
        "@Gemeente, team openbare ruimte",
      ],
      ["Buurtbatterij", "Omdat bewoners zelf willen meedoen", ""],
    ]);
  });

  it("cuts the ranking at 15 but keeps koppelkansen tied at the cut", () => {
    const kansen: Record<string, unknown> = {};
    const scores: Record<string, unknown> = {};
    for (let i = 0; i < 18; i++) {
      kansen[`k${i}`] = { name: `Kans ${i}`, order: i, opgaveId: null, verantwoordelijke: "" };
      // 14 and up share the lowest total: ranks 15, 15, 15, 15.
      scores[`k${i}|f`] = Math.max(10 - i, -4);
    }
    const m = model("nl", { succesfactoren: { f: { name: "F", order: 1, weight: 1 } }, kansen, scores });
    const ranking = sheet(m, "koppelkansen-prioriteren").ranking ?? [];
    expect(ranking.length).toBe(18);
    expect(ranking.at(-1)?.rank).toBe(15);
  });

  it("is localized: fixed words in English, the group's own names unchanged, empty names marked", () => {
    const en = model("en", {
      opgaven: { o: { name: " ", order: 1 } },
      kansen: { k: { name: "", order: 1, opgaveId: null, verantwoordelijke: "" } },
    });
    expect(sheet(en, "koppelkansen-in-kaart").opgaven?.map((o) => o.name)).toEqual([
      "(no name)",
      "No challenge",
    ]);
    expect(sheet(model("en"), "koppelkansen-scoren").scoring?.factors[0]?.name).toBe("Draagvlak in de wijk");
    expect(sheet(model("nl", {}), "koppelkansen-scoren").scoring).toEqual({ factors: [], rows: [] });
  });
});

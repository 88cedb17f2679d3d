import { scoreKey } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { koppelkansTotals, rankKoppelkansen, topKoppelkansen } from "./rankKoppelkansen.ts";
import { type KoppelkansenSnapshot, readKoppelkansen } from "./readKoppelkansen.ts";

const opgave = (name: string, order: number) => ({ name, order });
const factor = (name: string, order: number, weight = 1) => ({ name, order, weight });
const kans = (name: string, opgaveId: string | null, order: number) => ({
  name,
  opgaveId,
  order,
  verantwoordelijke: "",
});

function snapshot(scores: Record<string, unknown>, weights = { draagvlak: 1, politiek: 1 }) {
  return {
    opgaven: { gezondheid: opgave("Gezondheid", 2), onderwijs: opgave("Onderwijs", 1) },
    succesfactoren: {
      draagvlak: factor("Verhogen van draagvlak", 1, weights.draagvlak),
      politiek: factor("Politiek scoren", 2, weights.politiek),
    },
    kansen: {
      asbest: kans("Asbest verwijderen", "gezondheid", 1),
      stage: kans("Stageplekken", "onderwijs", 1),
      groen: kans("Meer groen op een parkeerplaats", "gezondheid", 2),
    },
    scores,
  } satisfies KoppelkansenSnapshot;
}

describe("koppelkansen totals", () => {
  it("sums score × weight over the succesfactoren; unscored cells count 0", () => {
    const state = readKoppelkansen(
      snapshot(
        { [scoreKey("asbest", "draagvlak")]: 4, [scoreKey("asbest", "politiek")]: -10 },
        { draagvlak: 2, politiek: 0.5 },
      ),
    );
    const totals = koppelkansTotals(state);
    expect(totals.get("asbest")).toBe(2 * 4 + 0.5 * -10);
    expect(totals.get("stage")).toBe(0);
  });

  it("applies a changed weight", () => {
    const scores = { [scoreKey("groen", "draagvlak")]: 5, [scoreKey("groen", "politiek")]: 3 };
    expect(koppelkansTotals(readKoppelkansen(snapshot(scores))).get("groen")).toBe(8);
    const weighted = readKoppelkansen(snapshot(scores, { draagvlak: 3, politiek: 0 }));
    expect(koppelkansTotals(weighted).get("groen")).toBe(15);
  });

  it("rounds fractional weights so equal sums tie", () => {
    const state = readKoppelkansen(
      snapshot(
        {
          [scoreKey("asbest", "draagvlak")]: 1,
          [scoreKey("asbest", "politiek")]: 1,
          [scoreKey("groen", "draagvlak")]: 3,
        },
        { draagvlak: 0.1, politiek: 0.2 },
      ),
    );
    const ranking = rankKoppelkansen(state);
    expect(ranking.find((r) => r.kansId === "asbest")?.rank).toBe(1);
    expect(ranking.find((r) => r.kansId === "groen")?.rank).toBe(1);
  });

  it("ignores invalid scores and lists them as issues", () => {
    const state = readKoppelkansen(
      snapshot({
        [scoreKey("asbest", "draagvlak")]: 11,
        [scoreKey("asbest", "politiek")]: "5",
        [scoreKey("groen", "draagvlak")]: 2.5,
        [scoreKey("stage", "draagvlak")]: 6,
      }),
    );
    expect(koppelkansTotals(state).get("asbest")).toBe(0);
    expect(koppelkansTotals(state).get("groen")).toBe(0);
    expect(koppelkansTotals(state).get("stage")).toBe(6);
    expect(state.issues.map((i) => i.key).sort()).toEqual(
      [
        scoreKey("asbest", "draagvlak"),
        scoreKey("asbest", "politiek"),
        scoreKey("groen", "draagvlak"),
      ].sort(),
    );
  });
});

describe("koppelkansen ranking", () => {
  it("ranks by total, ties share a rank and keep step 2's table order", () => {
    // Table order: onderwijs (order 1) before gezondheid; within gezondheid asbest (1) before groen (2).
    const state = readKoppelkansen(
      snapshot({
        [scoreKey("groen", "draagvlak")]: 5,
        [scoreKey("asbest", "draagvlak")]: 5,
        [scoreKey("stage", "draagvlak")]: 9,
      }),
    );
    expect(state.kansen.map((k) => k.id)).toEqual(["stage", "asbest", "groen"]);
    expect(rankKoppelkansen(state).map((r) => [r.kansId, r.total, r.rank])).toEqual([
      ["stage", 9, 1],
      ["asbest", 5, 2],
      ["groen", 5, 2],
    ]);
  });

  it("skips ranks after a tie (1, 2, 2, 4)", () => {
    const base = snapshot({
      [scoreKey("stage", "draagvlak")]: 9,
      [scoreKey("asbest", "draagvlak")]: 5,
      [scoreKey("groen", "draagvlak")]: 5,
      [scoreKey("extra", "draagvlak")]: -2,
    });
    const state = readKoppelkansen({ ...base, kansen: { ...base.kansen, extra: kans("Extra", null, 1) } });
    expect(rankKoppelkansen(state).map((r) => r.rank)).toEqual([1, 2, 2, 4]);
  });

  it("is the same whatever order the entries arrive in", () => {
    const s = snapshot({ [scoreKey("asbest", "politiek")]: 1 });
    const reversed = { ...s, kansen: Object.fromEntries(Object.entries(s.kansen).reverse()) };
    expect(rankKoppelkansen(readKoppelkansen(reversed))).toEqual(rankKoppelkansen(readKoppelkansen(s)));
  });

  it("shows the top 15, keeping everything tied at the cut", () => {
    const kansen: Record<string, ReturnType<typeof kans>> = {};
    const scores: Record<string, number> = {};
    for (let i = 0; i < 20; i++) {
      kansen[`k${i}`] = kans(`Kans ${i}`, null, i);
      // k0..k13 score 10..-3; k14..k19 all score -4: ranks 15 to 20 tie at 15.
      scores[scoreKey(`k${i}`, "draagvlak")] = Math.max(10 - i, -4);
    }
    const state = readKoppelkansen({ ...snapshot({}), kansen, scores });
    const ranking = rankKoppelkansen(state);
    expect(topKoppelkansen(ranking)).toHaveLength(20);
    expect(topKoppelkansen(ranking, 14).map((r) => r.kansId)).toEqual(
      Array.from({ length: 14 }, (_, i) => `k${i}`),
    );
  });

  it("counts scored cells", () => {
    const state = readKoppelkansen(snapshot({ [scoreKey("stage", "politiek")]: 0 }));
    expect(rankKoppelkansen(state).find((r) => r.kansId === "stage")?.scoredCells).toBe(1);
  });
});

import { scoreKey } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { readKoppelkansen } from "./readKoppelkansen.ts";

describe("readKoppelkansen", () => {
  it("reads empty or missing maps as empty tables", () => {
    const state = readKoppelkansen({});
    expect(state).toMatchObject({ opgaven: [], succesfactoren: [], kansen: [], priorities: [], issues: [] });
  });

  it("sorts by order, ties by id", () => {
    const state = readKoppelkansen({
      opgaven: { b: { name: "B", order: 1 }, a: { name: "A", order: 1 }, c: { name: "C", order: 0 } },
    });
    expect(state.opgaven.map((o) => o.id)).toEqual(["c", "a", "b"]);
  });

  it("skips malformed entries and ids, and says why", () => {
    const state = readKoppelkansen({
      succesfactoren: {
        ok: { name: "Politiek scoren", order: 1, weight: 1 },
        heavy: { name: "Zwaar", order: 2, weight: 99 },
        "bad|id": { name: "X", order: 3, weight: 1 },
      },
    });
    expect(state.succesfactoren.map((f) => f.id)).toEqual(["ok"]);
    expect(state.issues).toEqual([
      { map: "succesfactoren", key: "heavy", message: "weight must be at most 10" },
      { map: "succesfactoren", key: "bad|id", message: "invalid id" },
    ]);
  });

  it("drops scores, reasons and priorities of removed entries, and unlinks removed opgaven", () => {
    const state = readKoppelkansen({
      opgaven: { o1: { name: "Onderwijs", order: 1 } },
      succesfactoren: { f1: { name: "Politiek scoren", order: 1, weight: 1 } },
      kansen: {
        k1: { name: "Stageplekken", order: 1, opgaveId: "o1", verantwoordelijke: "Ans" },
        k2: { name: "Asbest verwijderen", order: 1, opgaveId: "weg", verantwoordelijke: "" },
      },
      scores: { [scoreKey("k1", "f1")]: 3, [scoreKey("gone", "f1")]: 5, [scoreKey("k1", "gone")]: 5 },
      reasons: { [scoreKey("k1", "f1")]: "Bewoners willen dit", [scoreKey("gone", "f1")]: "weg" },
      priorities: {
        p1: { kansId: "k2", order: 1, omdat: "Veiligheid", wie: "Bram" },
        p2: { kansId: "gone", order: 2, omdat: "", wie: "" },
        p3: { kansId: "k2", order: 3, omdat: "dubbel", wie: "" },
      },
    });
    expect(state.kansen.map((k) => [k.id, k.opgaveId])).toEqual([
      ["k1", "o1"],
      ["k2", null],
    ]);
    expect([...state.scores]).toEqual([[scoreKey("k1", "f1"), 3]]);
    expect([...state.reasons.keys()]).toEqual([scoreKey("k1", "f1")]);
    expect(state.priorities.map((p) => p.id)).toEqual(["p1"]);
    expect(state.issues).toEqual([]);
  });
});

import { BOARD, scoreKey } from "@wijkbord/shared";
import { type KoppelkansenSnapshot, rankKoppelkansen, readKoppelkansen } from "@wijkbord/worksheets";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { roundTrip } from "./support/connectClient.ts";
import { serverFixture } from "./support/serverFixture.ts";
import { createSession } from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

const SHEETS = ["koppelkansen-in-kaart", "koppelkansen-scoren", "koppelkansen-prioriteren"];

/** The koppelkansen maps as a script reads them (docs/sync-protocol.md, "Koppelkansen steps 2–4"). */
function snapshot(doc: Y.Doc): KoppelkansenSnapshot {
  return {
    opgaven: doc.getMap(BOARD.koppelkansenOpgaven).toJSON(),
    succesfactoren: doc.getMap(BOARD.koppelkansenSuccesfactoren).toJSON(),
    kansen: doc.getMap(BOARD.koppelkansenKansen).toJSON(),
    scores: doc.getMap(BOARD.koppelkansenScores).toJSON(),
    reasons: doc.getMap(BOARD.koppelkansenReasons).toJSON(),
    priorities: doc.getMap(BOARD.koppelkansenPriorities).toJSON(),
  };
}

/** An entry as the app writes it: one Y.Map per entry, one key per field, in one transaction. */
function addEntry(doc: Y.Doc, mapName: string, id: string, fields: Record<string, unknown>) {
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(fields)) entry.set(k, v);
    doc.getMap<Y.Map<unknown>>(mapName).set(id, entry);
  });
}

describe("koppelkansen scoring with two real clients", () => {
  const { start, connect } = serverFixture();

  it("keeps both of two simultaneous edits to different cells, in both documents and after a restart", async () => {
    const first = await start();
    const session = await createSession(first, {
      title: "Koppelkansen kiezen",
      wijk: "Atolwijk",
      worksheets: SHEETS,
    });
    const anna = await connect(first, session.id, "board", session.tokens.participant);
    const bram = await connect(first, session.id, "board", session.tokens.facilitator);

    // Step 2, written by Anna: one opgave, two succesfactoren, two koppelkansen.
    addEntry(anna.doc, BOARD.koppelkansenOpgaven, "onderwijs", {
      name: "Onderwijs",
      order: 1,
      fromList: "onderwijs",
    });
    addEntry(anna.doc, BOARD.koppelkansenSuccesfactoren, "draagvlak", {
      name: "Verhogen van draagvlak",
      order: 1,
      weight: 1,
    });
    addEntry(anna.doc, BOARD.koppelkansenSuccesfactoren, "politiek", {
      name: "Politiek scoren",
      order: 2,
      weight: 1,
    });
    addEntry(anna.doc, BOARD.koppelkansenKansen, "stage", {
      name: "Stageplekken voor wijkbewoners bij gemeente of uitvoering",
      order: 1,
      opgaveId: "onderwijs",
      verantwoordelijke: "",
    });
    addEntry(anna.doc, BOARD.koppelkansenKansen, "moestuin", {
      name: "Buurtmoestuin",
      order: 2,
      opgaveId: "onderwijs",
      verantwoordelijke: "",
    });
    await waitFor(() => bram.doc.getMap(BOARD.koppelkansenKansen).size === 2, { what: "step 2 at Bram" });

    // Step 3, both at the same moment: neither has seen the other's edits when making its own.
    // Different score cells, and different fields of the same entries (weight vs name).
    anna.doc.getMap(BOARD.koppelkansenScores).set(scoreKey("stage", "draagvlak"), 7);
    anna.doc.getMap<Y.Map<unknown>>(BOARD.koppelkansenSuccesfactoren).get("draagvlak")?.set("weight", 2);
    anna.doc.getMap(BOARD.koppelkansenReasons).set(scoreKey("stage", "politiek"), "Raad wil dit");
    bram.doc.getMap(BOARD.koppelkansenScores).set(scoreKey("stage", "politiek"), -3);
    bram.doc.getMap(BOARD.koppelkansenScores).set(scoreKey("moestuin", "draagvlak"), 4);
    bram.doc
      .getMap<Y.Map<unknown>>(BOARD.koppelkansenSuccesfactoren)
      .get("draagvlak")
      ?.set("name", "Draagvlak in de wijk");
    bram.doc.getMap<Y.Map<unknown>>(BOARD.koppelkansenKansen).get("stage")?.set("verantwoordelijke", "Ans");

    await roundTrip(anna, bram);
    await roundTrip(bram, anna);
    const expected = {
      scores: [
        [scoreKey("stage", "draagvlak"), 7],
        [scoreKey("stage", "politiek"), -3],
        [scoreKey("moestuin", "draagvlak"), 4],
      ],
      factor: { name: "Draagvlak in de wijk", weight: 2 },
      totals: [
        ["stage", 2 * 7 - 3, 1],
        ["moestuin", 2 * 4, 2],
      ],
    };
    const check = (doc: Y.Doc) => {
      const state = readKoppelkansen(snapshot(doc));
      expect(state.issues).toEqual([]);
      expect([...state.scores].sort()).toEqual([...expected.scores].sort());
      expect(state.succesfactoren[0]).toMatchObject(expected.factor);
      expect(state.kansen.find((k) => k.id === "stage")?.verantwoordelijke).toBe("Ans");
      expect(state.reasons.get(scoreKey("stage", "politiek"))).toBe("Raad wil dit");
      expect(rankKoppelkansen(state).map((r) => [r.kansId, r.total, r.rank])).toEqual(expected.totals);
    };
    await waitFor(() => bram.doc.getMap(BOARD.koppelkansenReasons).size === 1, {
      what: "Anna's edits at Bram",
    });
    await waitFor(() => anna.doc.getMap(BOARD.koppelkansenScores).size === 3, {
      what: "Bram's edits at Anna",
    });
    check(anna.doc);
    check(bram.doc);
    expect(Y.encodeStateVector(anna.doc)).toEqual(Y.encodeStateVector(bram.doc));

    // A restarted server has all of it.
    await first.close();
    const second = await start({ dataDir: first.dataDir });
    const fresh = await connect(second, session.id, "board", session.tokens.viewer);
    check(fresh.doc);
  });

  it("drops a viewer's score, and a reader ignores a script's invalid score", async () => {
    const server = await start();
    const session = await createSession(server, {
      title: "Koppelkansen kiezen",
      wijk: "Atolwijk",
      worksheets: SHEETS,
    });
    const writer = await connect(server, session.id, "board", session.tokens.participant);
    const viewer = await connect(server, session.id, "board", session.tokens.viewer);
    addEntry(writer.doc, BOARD.koppelkansenSuccesfactoren, "f", {
      name: "Politiek scoren",
      order: 1,
      weight: 1,
    });
    addEntry(writer.doc, BOARD.koppelkansenKansen, "k", {
      name: "Asbest verwijderen",
      order: 1,
      opgaveId: null,
      verantwoordelijke: "",
    });
    writer.doc.getMap(BOARD.koppelkansenScores).set(scoreKey("k", "f"), 42);
    viewer.doc.getMap(BOARD.koppelkansenScores).set("k|viewer", 5);
    await roundTrip(viewer, writer);
    await roundTrip(writer, viewer);
    expect(writer.doc.getMap(BOARD.koppelkansenScores).has("k|viewer")).toBe(false);

    const state = readKoppelkansen(snapshot(writer.doc));
    expect(state.scores.size).toBe(0);
    expect(state.issues).toEqual([
      { map: "scores", key: scoreKey("k", "f"), message: "score must be at most 10" },
    ]);
    expect(rankKoppelkansen(state)[0]).toMatchObject({ kansId: "k", total: 0, scoredCells: 0 });
  });
});

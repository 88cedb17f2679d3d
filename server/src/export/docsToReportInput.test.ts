import { BOARD, CONTROL, FACILITATION } from "@wijkbord/shared";
import { checklistSpec, knooppuntenSpec, thermometerSpec } from "@wijkbord/worksheets";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { SessionRecord } from "../storage/Storage.ts";
import { docsToReportInput } from "./docsToReportInput.ts";

const record: SessionRecord = {
  id: "abcdefghijklmnop",
  title: "Uit het record",
  wijk: "Recordwijk",
  createdAt: "2025-01-01T00:00:00.000Z",
  worksheets: [{ instanceId: "gedeeld-verhaal", worksheetId: "gedeeld-verhaal", version: 1, x: 0, y: 0 }],
  sealedTokens: new Uint8Array(),
};

describe("docsToReportInput", () => {
  it("reads records as YKeyValue does (last entry of a key wins) without writing to the document", () => {
    const board = new Y.Doc();
    const arr = board.getArray<{ key: string; val: unknown }>(BOARD.records);
    // What two concurrent `set`s of one key leave until a YKeyValue cleans up.
    arr.push([
      { key: "shape:a", val: { id: "shape:a", v: 1 } },
      { key: "shape:b", val: { id: "shape:b" } },
    ]);
    arr.push([{ key: "shape:a", val: { id: "shape:a", v: 2 } }]);
    board.getMap(BOARD.fields).set("gedeeld-verhaal/conclusie", "klaar");
    const control = new Y.Doc();
    control.getMap(CONTROL.session).set("title", "Live titel");
    control.getMap(CONTROL.texts).set("gedeeld-verhaal/x", "eigen");
    const boardState = Y.encodeStateAsUpdate(board);
    const input = docsToReportInput(record, { control: Y.encodeStateAsUpdate(control), board: boardState });
    expect(input.records).toEqual([{ id: "shape:a", v: 2 }, { id: "shape:b" }]);
    expect(input.session).toMatchObject({ title: "Live titel", wijk: "Recordwijk", anonymous: false });
    // No live layout in the control document: the record's placements.
    expect(input.placements).toEqual(record.worksheets);
    expect(input.fields).toEqual({ "gedeeld-verhaal/conclusie": "klaar" });
    expect(input.texts).toEqual({ "gedeeld-verhaal/x": "eigen" });
  });

  it("reads who names the stakeholders, the co-facilitators and the facilitators' names from the control document", () => {
    const control = new Y.Doc();
    control.getMap(CONTROL.facilitation).set(FACILITATION.stakeholderNames, "facilitator");
    control.getMap(CONTROL.members).set("p-bram", "facilitator");
    control.getMap(CONTROL.session).set("facilitators", ["Fatima", 7]);
    const input = docsToReportInput(record, {
      control: Y.encodeStateAsUpdate(control),
      board: Y.encodeStateAsUpdate(new Y.Doc()),
    });
    expect(input.stakeholderNames).toBe("facilitator");
    expect(input.members).toEqual({ "p-bram": "facilitator" });
    expect(input.session.facilitators).toEqual(["Fatima"]);
  });

  it("reads the checklist, knooppunt and thermometer maps of the board", () => {
    const board = new Y.Doc();
    board.getMap(checklistSpec.state.map).set("basiselementen-wup/planning", "bezig");
    board.getMap(knooppuntenSpec.state.map).set("wijkkompas/wup-naar-de-raad", "herzien");
    board.getMap(thermometerSpec.state.map).set("participatie-in-het-kort/intern", 0.4);
    const input = docsToReportInput(record, {
      control: Y.encodeStateAsUpdate(new Y.Doc()),
      board: Y.encodeStateAsUpdate(board),
    });
    expect(input.widgetMaps).toEqual({
      checklist: { "basiselementen-wup/planning": "bezig" },
      knooppunten: { "wijkkompas/wup-naar-de-raad": "herzien" },
      thermometers: { "participatie-in-het-kort/intern": 0.4 },
    });
  });

  it("reads the six koppelkansen maps as plain JSON, entries (Y.Maps) as objects", () => {
    const board = new Y.Doc();
    const kans = new Y.Map<unknown>(Object.entries({ name: "Warmtenet", order: 1, opgaveId: null }));
    board.getMap(BOARD.koppelkansenKansen).set("k1", kans);
    board.getMap(BOARD.koppelkansenScores).set("k1|f1", 7);
    board.getMap(BOARD.koppelkansenReasons).set("k1|f1", "omdat");
    const input = docsToReportInput(record, {
      control: Y.encodeStateAsUpdate(new Y.Doc()),
      board: Y.encodeStateAsUpdate(board),
    });
    expect(input.koppelkansen).toEqual({
      opgaven: {},
      succesfactoren: {},
      kansen: { k1: { name: "Warmtenet", order: 1, opgaveId: null } },
      scores: { "k1|f1": 7 },
      reasons: { "k1|f1": "omdat" },
      priorities: {},
    });
  });

  it("skips invalid placements of the live layout", () => {
    const control = new Y.Doc();
    control.getArray(CONTROL.worksheets).push([{ nonsense: true }, { ...record.worksheets[0], x: 5 }]);
    const input = docsToReportInput(record, {
      control: Y.encodeStateAsUpdate(control),
      board: Y.encodeStateAsUpdate(new Y.Doc()),
    });
    expect(input.placements.map((p) => p.x)).toEqual([5]);
  });
});

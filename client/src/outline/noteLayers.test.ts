import { BOARD, CONTROL } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import { newNoteRecord } from "./newNoteRecord.ts";
import { noteLayers } from "./noteLayers.ts";

const note = (id: string, text: string) =>
  newNoteRecord({
    id,
    x: 0,
    y: 0,
    text,
    author: { id: "p1", name: "Anna" },
    worksheet: "w",
    zone: "z",
    now: "2026-12-07T20:00:00.000Z",
  });

const docs = () => ({ board: new Y.Doc(), control: new Y.Doc(), private: new Y.Doc() });

describe("noteLayers", () => {
  it("writes whole records into the document's records, readable as the canvas reads them", () => {
    const d = docs();
    const layers = noteLayers(d);
    layers.set("board", note("shape:a", "Meer groen"));
    const stored = new YKeyValue(d.board.getArray<{ key: string; val: unknown }>(BOARD.records)).get(
      "shape:a",
    ) as { props: unknown };
    expect(stored.props).toMatchObject({
      richText: {
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: "Meer groen" }] }],
      },
      fontSizeAdjustment: 1,
    });
    expect(layers.all().map((r) => r.id)).toEqual(["shape:a"]);
  });

  it("shows the locked copy over the board's and the board's over this browser's private one", () => {
    const d = docs();
    const layers = noteLayers(d);
    layers.set("private", note("shape:a", "privé"));
    expect(layers.find("shape:a")?.layer).toBe("private");
    layers.set("board", note("shape:a", "bord"));
    expect(layers.find("shape:a")?.layer).toBe("board");
    new YKeyValue(d.control.getArray<{ key: string; val: unknown }>(CONTROL.lockedRecords)).set(
      "shape:a",
      note("shape:a", "vast"),
    );
    expect(layers.find("shape:a")).toMatchObject({ layer: "locked", record: { isLocked: true } });
    expect(layers.all()).toHaveLength(1);
  });

  it("tells subscribers of remote changes and removes from the layer asked", () => {
    const d = docs();
    const layers = noteLayers(d);
    let changes = 0;
    const off = layers.subscribe(() => changes++);
    const remote = new Y.Doc();
    new YKeyValue(remote.getArray<{ key: string; val: unknown }>(BOARD.records)).set(
      "shape:b",
      note("shape:b", "van iemand anders"),
    );
    Y.applyUpdate(d.board, Y.encodeStateAsUpdate(remote));
    expect(changes).toBe(1);
    expect(layers.find("shape:b")?.record.meta).toMatchObject({
      authorName: "Anna",
      worksheet: "w",
      zone: "z",
    });
    layers.remove("board", "shape:b");
    expect(layers.all()).toEqual([]);
    off();
    layers.set("board", note("shape:c", "stil"));
    expect(changes).toBe(2);
  });

  it("has no private layer without a private document (viewers)", () => {
    const layers = noteLayers({ board: new Y.Doc(), control: new Y.Doc(), private: null });
    layers.set("private", note("shape:a", "nergens"));
    expect(layers.all()).toEqual([]);
  });
});

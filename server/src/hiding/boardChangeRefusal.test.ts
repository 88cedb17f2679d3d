import { BOARD, HIDDEN_AREAS_KEY } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { boardChangeRefusal } from "./boardChangeRefusal.ts";

/** Records are a YKeyValue: a write pushes `{ key, val }`. The update a client makes from the room's state with `change`. */
function clientUpdate(room: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(room));
  const before = Y.encodeStateVector(client);
  change(client);
  return Y.encodeStateAsUpdate(client, before);
}

const note = (x: number, y: number) => ({
  id: "shape:n",
  typeName: "shape",
  type: "note",
  parentId: "page:page",
  x,
  y,
  props: { scale: 1 },
});

describe("boardChangeRefusal", () => {
  it("lets every change through while nothing is hidden, except writing hiddenAreas, new key or old", () => {
    const room = new Y.Doc();
    expect(
      boardChangeRefusal(
        room,
        clientUpdate(room, (d) => d.getMap(BOARD.fields).set("a/b", "x")),
      ),
    ).toBeNull();
    expect(
      boardChangeRefusal(
        room,
        clientUpdate(room, (d) => d.getArray(BOARD.records).push([{ key: "shape:n", val: note(0, 0) }])),
      ),
    ).toBeNull();
    expect(
      boardChangeRefusal(
        room,
        clientUpdate(room, (d) => d.getMap(HIDDEN_AREAS_KEY).set("k", 1)),
      ),
    ).toMatch(/server only/);
    // A key the server once used and deleted: the client's item names its left neighbour, not the map.
    room.getMap(HIDDEN_AREAS_KEY).set("old", { x: 0, y: 0, w: 1, h: 1 });
    room.getMap(HIDDEN_AREAS_KEY).delete("old");
    expect(
      boardChangeRefusal(
        room,
        clientUpdate(room, (d) => d.getMap(HIDDEN_AREAS_KEY).set("old", { x: 0, y: 0, w: 9, h: 9 })),
      ),
    ).toMatch(/server only/);
  });

  it("refuses a record whose centre lies on a hidden area, not one beside it", () => {
    const room = new Y.Doc();
    room.getMap(HIDDEN_AREAS_KEY).set("k", { x: 1000, y: 0, w: 500, h: 500 });
    const put = (x: number, y: number) =>
      boardChangeRefusal(
        room,
        clientUpdate(room, (d) => d.getArray(BOARD.records).push([{ key: "shape:n", val: note(x, y) }])),
      );
    expect(put(1000, 100)).toMatch(/hidden worksheet/);
    expect(put(850, 100)).toBeNull(); // centre at 950: beside it
    expect(put(2000, 100)).toBeNull();
    expect(
      boardChangeRefusal(
        room,
        clientUpdate(room, (d) => d.getMap(HIDDEN_AREAS_KEY).delete("k")),
      ),
    ).toMatch(/server only/);
  });
});

import { BOARD, CONTROL } from "@wijkbord/shared";
import {
  createTLStore,
  defaultBindingUtils,
  defaultShapeUtils,
  PageRecordType,
  type TLPageId,
  type TLShape,
  type TLShapeId,
  type TLStore,
} from "tldraw";
import { afterEach, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import { bindStoreToYjs } from "../bindStoreToYjs.ts";
import { BOARD_PAGE_ID } from "../recordRouting.ts";

const page = PageRecordType.create({ id: BOARD_PAGE_ID as TLPageId, name: "Page 1", index: "a1" as never });
const ID = "shape:p1" as TLShapeId;

function note(authorName = "Anna", isLocked = false): TLShape {
  return {
    id: ID,
    typeName: "shape",
    type: "note",
    x: 0,
    y: 0,
    rotation: 0,
    index: "a1" as never,
    parentId: BOARD_PAGE_ID as TLPageId,
    isLocked,
    opacity: 1,
    props: {
      color: "yellow",
      labelColor: "black",
      size: "m",
      font: "draw",
      fontSizeAdjustment: null,
      align: "middle",
      verticalAlign: "middle",
      growY: 0,
      url: "",
      richText: {
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: "geheim" }] }],
      },
      scale: 1,
      textLastEditedBy: null,
    },
    meta: { authorId: "p1", authorName, worksheet: null, zone: null },
  } as TLShape;
}

function newStore(): TLStore {
  const store = createTLStore({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils });
  store.mergeRemoteChanges(() => store.put([page]));
  return store;
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const microtask = () => new Promise<void>((r) => queueMicrotask(r));

describe("private layer (bindStoreToYjs with a private document)", () => {
  it("keeps new notes in the private document, shown here only; a reveal's board copy takes over", async () => {
    const boardA = new Y.Doc();
    const boardB = new Y.Doc();
    boardA.on("update", (u: Uint8Array, o: unknown) => o !== boardB && Y.applyUpdate(boardB, u, boardA));
    boardB.on("update", (u: Uint8Array, o: unknown) => o !== boardA && Y.applyUpdate(boardA, u, boardB));
    const privateA = new Y.Doc();
    const control = new Y.Doc();
    const anna = newStore();
    const bram = newStore();
    cleanups.push(
      bindStoreToYjs(anna, boardA, {
        readOnly: false,
        locked: { doc: control, canLock: true },
        private: privateA,
        placeNew: () => "private",
      }),
      bindStoreToYjs(bram, boardB, { readOnly: false }),
    );
    const privateKv = new YKeyValue<TLShape>(privateA.getArray(BOARD.records));
    const boardKv = new YKeyValue<TLShape>(boardA.getArray(BOARD.records));

    anna.put([note()]);
    expect(privateKv.has(ID)).toBe(true);
    expect(boardKv.has(ID)).toBe(false);
    expect(bram.has(ID)).toBe(false);

    // Edits stay private too.
    anna.put([{ ...note(), x: 30 }]);
    expect(privateKv.get(ID)?.x).toBe(30);
    expect(boardKv.has(ID)).toBe(false);

    // Even a facilitator cannot lock it before the reveal: that would show it to everyone.
    anna.put([note("Anna", true)]);
    await microtask();
    expect(new YKeyValue<TLShape>(control.getArray(CONTROL.lockedRecords)).has(ID)).toBe(false);
    expect((anna.get(ID) as TLShape).isLocked).toBe(false);

    // The reveal as the server does it: board copy (anonymised), then the private copy goes.
    boardKv.set(ID, note("anoniem"));
    privateKv.delete(ID);
    expect((anna.get(ID) as TLShape).meta.authorName).toBe("anoniem");
    expect((bram.get(ID) as TLShape).meta.authorName).toBe("anoniem");

    // From now on the note lives on the board.
    anna.put([{ ...(anna.get(ID) as TLShape), x: 99 }]);
    expect(boardKv.get(ID)?.x).toBe(99);
    expect(privateKv.has(ID)).toBe(false);
  });
});

import { BOARD, CONTROL } from "@wijkbord/shared";
import type { TLShape, TLShapeId } from "tldraw";
import { afterEach, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import { testNote, testStore } from "../../test-support/testBoardRecords.ts";
import { bindStoreToYjs } from "../sync/bindStoreToYjs.ts";

const ID = "shape:p1" as TLShapeId;

function note(authorName = "Anna", isLocked = false): TLShape {
  return testNote({ id: ID, text: "geheim", isLocked, authorId: "p1", authorName });
}

const newStore = testStore;

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

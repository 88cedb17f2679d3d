import { BOARD, CONTROL } from "@wijkbord/shared";
import type { TLShape, TLShapeId, TLStore } from "tldraw";
import { afterEach, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import { testNote, testStore } from "../../test-support/testBoardRecords.ts";
import { bindStoreToYjs } from "../sync/bindStoreToYjs.ts";

const ID = "shape:n1" as TLShapeId;

function note(x = 0, isLocked = false): TLShape {
  return testNote({ id: ID, x, isLocked });
}

const newStore = testStore;

/** Joins docs like browsers through a server that drops control-document writes of `readOnlyControl`. */
function link(from: Y.Doc, to: Y.Doc) {
  from.on("update", (u: Uint8Array, origin: unknown) => {
    if (origin !== to) Y.applyUpdate(to, u, from);
  });
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/** A facilitator and a participant; the participant's control document is never sent anywhere. */
function session() {
  const boardF = new Y.Doc();
  const boardP = new Y.Doc();
  link(boardF, boardP);
  link(boardP, boardF);
  const controlF = new Y.Doc();
  const controlP = new Y.Doc();
  link(controlF, controlP); // facilitator → participant only, as the server enforces
  const facilitator = newStore();
  const participant = newStore();
  cleanups.push(
    bindStoreToYjs(facilitator, boardF, { readOnly: false, locked: { doc: controlF, canLock: true } }),
    bindStoreToYjs(participant, boardP, { readOnly: false, locked: { doc: controlP, canLock: false } }),
  );
  const locked = new YKeyValue<TLShape>(controlF.getArray(CONTROL.lockedRecords));
  const board = new YKeyValue<TLShape>(boardF.getArray(BOARD.records));
  return { facilitator, participant, controlP, boardP, locked, board };
}

const shapeOf = (store: TLStore) => store.get(ID) as TLShape | undefined;
const microtask = () => new Promise<void>((r) => queueMicrotask(r));

describe("locked records (bindStoreToYjs with the control document)", () => {
  it("a facilitator's lock moves the record to lockedRecords; unlocking (or undo) moves it back", () => {
    const s = session();
    s.facilitator.put([note(10)]);
    expect(s.board.has(ID)).toBe(true);

    s.facilitator.put([{ ...note(10), isLocked: true }]);
    expect(s.locked.get(ID)?.isLocked).toBe(true);
    expect(s.board.has(ID)).toBe(false);
    expect(shapeOf(s.participant)?.isLocked).toBe(true);

    s.facilitator.put([note(10, false)]);
    expect(s.locked.has(ID)).toBe(false);
    expect(s.board.get(ID)?.isLocked).toBe(false);
    expect(shapeOf(s.participant)?.isLocked).toBe(false);
  });

  it("a participant's move, unlock or delete of a locked record is undone and written nowhere", async () => {
    const s = session();
    s.facilitator.put([note(10, true)]);
    expect(shapeOf(s.participant)?.x).toBe(10);
    const controlWrites: Uint8Array[] = [];
    s.controlP.on("update", (u: Uint8Array) => controlWrites.push(u));

    s.participant.put([note(500, true)]);
    await microtask();
    expect(shapeOf(s.participant)?.x).toBe(10);

    s.participant.put([note(10, false)]);
    await microtask();
    expect(shapeOf(s.participant)?.isLocked).toBe(true);

    s.participant.remove([ID]);
    await microtask();
    expect(shapeOf(s.participant)?.x).toBe(10);

    expect(controlWrites).toEqual([]);
    expect(s.board.has(ID)).toBe(false);
    expect(shapeOf(s.facilitator)).toMatchObject({ x: 10, isLocked: true });
  });

  it("a participant cannot lock: the shape stays unlocked and in the board", async () => {
    const s = session();
    s.facilitator.put([note(10)]);
    s.participant.put([note(10, true)]);
    await microtask();
    expect(shapeOf(s.participant)?.isLocked).toBe(false);
    expect(s.locked.has(ID)).toBe(false);
    expect(s.board.get(ID)?.isLocked).toBe(false);
  });

  it("a raw board copy of a locked id changes nothing the facilitator's store shows", () => {
    const s = session();
    s.facilitator.put([note(10, true)]);
    // A raw participant client writes its own board copy of the locked id.
    new YKeyValue<TLShape>(s.boardP.getArray(BOARD.records)).set(ID, note(999, false));
    expect(s.board.get(ID)?.x).toBe(999);
    expect(shapeOf(s.facilitator)).toMatchObject({ x: 10, isLocked: true });
    expect(shapeOf(s.participant)).toMatchObject({ x: 10, isLocked: true });
  });
});

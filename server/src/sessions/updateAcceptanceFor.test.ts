import { CLOSE, CONTROL, type Role } from "@wijkbord/shared";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { silentLogger } from "../log/logger.ts";
import { MemoryStorage } from "../storage/memory/MemoryStorage.ts";
import { encodeUpdate } from "../sync/encodeFrame.ts";
import { Room } from "../sync/Room.ts";
import type { RoomConnection } from "../sync/RoomConnection.ts";
import { updateAcceptanceFor } from "./updateAcceptanceFor.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function controlRoom(): Promise<Room> {
  const storage = new MemoryStorage();
  cleanups.push(() => storage.close());
  await storage.createSession(
    { id: "s", title: "t", wijk: "w", createdAt: "", worksheets: [], sealedTokens: new Uint8Array() },
    [],
    new Map(),
  );
  return Room.load({
    ref: { sessionId: "s", doc: "control" },
    storage,
    logger: silentLogger,
    compactAfterUpdates: 100,
    accept: updateAcceptanceFor("control", "s"),
  });
}

function connection(role: Role): RoomConnection & { closed: { code: number; reason: string } | null } {
  return {
    role,
    closed: null,
    send() {},
    admit: () => true,
    close(code, reason) {
      this.closed = { code, reason };
    },
  };
}

/** A client-side edit as a Yjs update. */
function edit(map: string, key: string, value: string): Uint8Array {
  const doc = new Y.Doc();
  let update: Uint8Array = new Uint8Array();
  doc.on("update", (u: Uint8Array) => {
    update = u;
  });
  doc.getMap(map).set(key, value);
  return update;
}

describe("updateAcceptanceFor", () => {
  it("gives the control and board documents content rules, private documents none", () => {
    expect(updateAcceptanceFor("control", "s")).not.toBeNull();
    // The board's rules: no foreign asset (images) and nothing on a hidden worksheet (hiding).
    expect(updateAcceptanceFor("board", "s")).not.toBeNull();
    expect(updateAcceptanceFor("private-abcdefghijklmnopqrstuv", "s")).toBeNull();
  });

  it("lets the facilitator write the control document", async () => {
    const room = await controlRoom();
    const f = connection("facilitator");
    room.addConnection(f);
    room.receive(f, encodeUpdate(edit(CONTROL.texts, "t", "x")));
    await room.flushed();
    expect(room.doc.getMap(CONTROL.texts).get("t")).toBe("x");
    expect(f.closed).toBeNull();
    await room.destroy();
  });

  it("refuses a facilitator's change to what only the server writes in the control document", async () => {
    const room = await controlRoom();
    const f = connection("facilitator");
    room.addConnection(f);
    room.receive(f, encodeUpdate(edit(CONTROL.vote, "results", "forged")));
    await room.flushed();
    expect(room.doc.getMap(CONTROL.vote).get("results")).toBeUndefined();
    expect(f.closed?.code).toBe(CLOSE.badRequest);
    expect(f.closed?.reason).toMatch(/vote is written by the server only/);
    await room.destroy();
  });
});

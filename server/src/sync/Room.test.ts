import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLOSE, CONTROL, type DocName, type Role } from "@wijkbord/shared";
import * as decoding from "lib0/decoding";
import { afterEach, describe, expect, it } from "vitest";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { silentLogger } from "../log/logger.ts";
import { MemoryStorage } from "../storage/memory/MemoryStorage.ts";
import type { Storage } from "../storage/Storage.ts";
import { SqliteStorage } from "../storage/sqlite/SqliteStorage.ts";
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from "./encodeFrame.ts";
import { Room } from "./Room.ts";
import type { RoomConnection } from "./RoomConnection.ts";
import type { UpdateAcceptance } from "./UpdateAcceptance.ts";

/** Applies an awareness frame (message type 1) as a client would. */
function applyAwarenessFrame(awareness: Awareness, frame: Uint8Array): void {
  const d = decoding.createDecoder(frame);
  if (decoding.readVarUint(d) !== 1) throw new Error("not an awareness frame");
  applyAwarenessUpdate(awareness, decoding.readVarUint8Array(d), "server");
}

class FakeConnection implements RoomConnection {
  readonly sent: Uint8Array[] = [];
  closed: { code: number; reason: string } | null = null;
  private waiting: (() => void)[] = [];
  constructor(
    readonly role: Role,
    private readonly log: string[] = [],
  ) {}
  send(frame: Uint8Array) {
    this.sent.push(frame);
    this.log.push(`send:${this.role}`);
    for (const w of this.waiting.splice(0)) w();
  }
  /** Resolves at the next frame sent to this connection. */
  nextSend(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }
  close(code: number, reason: string) {
    this.closed = { code, reason };
  }
  /** Frames the room asked the rate limit about, and whether each was a repeat. */
  readonly admitted: boolean[] = [];
  admit(_bytes: number, repeat: boolean) {
    this.admitted.push(repeat);
    return true;
  }
  /** Sync frames received, as [syncType, payload]. */
  syncFrames(): [number, Uint8Array][] {
    return this.sent.flatMap((f) => {
      const d = decoding.createDecoder(f);
      if (decoding.readVarUint(d) !== 0) return [];
      return [[decoding.readVarUint(d), decoding.readVarUint8Array(d)] as [number, Uint8Array]];
    });
  }
}

const dirs: string[] = [];
const storages: Storage[] = [];
afterEach(async () => {
  for (const s of storages.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Holds appends' disk syncs until released (or failed), to see what waits for the disk. */
class DiskGate {
  /** Also log the room's `syncSoon` calls. */
  logSyncSoon = false;
  private held: { release: () => void; fail: (err: unknown) => void }[] = [];
  hold(onDisk: Promise<void>): Promise<void> {
    const held = new Promise<void>((resolve, reject) =>
      this.held.push({ release: () => onDisk.then(resolve, reject), fail: reject }),
    );
    held.catch(() => {});
    return held;
  }
  get pending(): number {
    return this.held.length;
  }
  release(): void {
    for (const h of this.held.splice(0)) h.release();
  }
  fail(err: unknown): void {
    for (const h of this.held.splice(0)) h.fail(err);
  }
}

/**
 * A storage whose appends resolve a turn later and are recorded in `log` (shared with the
 * connections' sends); with `disk`, their `onDisk` settles when the test says.
 */
function recordingStorage(log: string[], disk?: DiskGate): Storage {
  const memory = new MemoryStorage();
  storages.push(memory);
  return Object.assign(Object.create(memory) as MemoryStorage, {
    appendUpdate: async (...args: Parameters<Storage["appendUpdate"]>) => {
      const appended = await memory.appendUpdate(...args);
      log.push("append");
      return disk ? { ...appended, onDisk: disk.hold(appended.onDisk) } : appended;
    },
    syncSoon: () => {
      if (disk?.logSyncSoon) log.push("syncSoon");
      memory.syncSoon();
    },
  });
}

async function roomFor(
  doc: DocName,
  log: string[] = [],
  compactAfterUpdates = 100,
  disk?: DiskGate,
  accept: UpdateAcceptance | null = null,
) {
  const storage = recordingStorage(log, disk);
  // Documents belong to a session (foreign key).
  const session = {
    id: "s",
    title: "t",
    wijk: "w",
    createdAt: "",
    worksheets: [],
    sealedTokens: new Uint8Array(),
  };
  await storage.createSession(session, [], new Map());
  const room = await Room.load({
    ref: { sessionId: "s", doc },
    storage,
    logger: silentLogger,
    compactAfterUpdates,
    accept,
  });
  return { room, storage };
}

/** A client-side edit as a Yjs update. */
function edit(key: string, value: string, map = "fields"): Uint8Array {
  const doc = new Y.Doc();
  let update: Uint8Array = new Uint8Array();
  doc.on("update", (u: Uint8Array) => {
    update = u;
  });
  doc.getMap(map).set(key, value);
  return update;
}

describe("Room", () => {
  it("greets a connection with sync step 1", async () => {
    const { room } = await roomFor("board");
    const c = new FakeConnection("viewer");
    room.addConnection(c);
    expect(c.syncFrames()[0]?.[0]).toBe(0);
  });

  it("appends an accepted update to storage before relaying it", async () => {
    const log: string[] = [];
    const { room, storage } = await roomFor("board", log);
    const writer = new FakeConnection("participant", log);
    const reader = new FakeConnection("viewer", log);
    room.addConnection(writer);
    room.addConnection(reader);
    log.length = 0;
    room.receive(writer, encodeUpdate(edit("a", "1")));
    await room.flushed();
    expect(log).toEqual(["append", "send:viewer"]);
    expect(room.doc.getMap("fields").get("a")).toBe("1");
    expect((await storage.loadDocument(room.ref)).updates.length).toBe(1);
    // Not echoed to the writer.
    expect(writer.syncFrames().filter(([t]) => t === 2)).toHaveLength(0);
  });

  it.each([
    ["viewer", "board"],
    ["viewer", "control"],
    ["participant", "control"],
  ] as const)("drops %s writes to the %s document entirely", async (role, docName) => {
    const log: string[] = [];
    const { room, storage } = await roomFor(docName, log);
    const writer = new FakeConnection(role, log);
    const other = new FakeConnection("facilitator", log);
    room.addConnection(writer);
    room.addConnection(other);
    log.length = 0;
    room.receive(writer, encodeUpdate(edit("a", "1")));
    room.receive(writer, encodeSyncStep2(edit("b", "2")));
    await room.flushed();
    expect(room.doc.getMap("fields").size).toBe(0);
    expect(log).toEqual([]);
    expect(writer.closed).toBeNull();
    expect((await storage.loadDocument(room.ref)).updates).toHaveLength(0);
  });

  it("with a storage that commits synchronously, relays in the same turn, after the commit", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wijkbord-room-"));
    dirs.push(dir);
    const storage = new SqliteStorage(dir);
    storages.push(storage);
    await storage.createSession(
      { id: "s", title: "t", wijk: "w", createdAt: "", worksheets: [], sealedTokens: new Uint8Array() },
      [],
      new Map(),
    );
    const ref = { sessionId: "s", doc: "board" } as const;
    const room = await Room.load({
      ref,
      storage,
      logger: silentLogger,
      compactAfterUpdates: 100,
      accept: null,
    });
    const writer = new FakeConnection("participant");
    const reader = new FakeConnection("viewer");
    room.addConnection(writer);
    room.addConnection(reader);
    const before = reader.sent.length;
    room.receive(writer, encodeUpdate(edit("a", "1")));
    // Nothing awaited: the reader has it already, and so has storage.
    expect(reader.sent.length).toBe(before + 1);
    expect((await storage.loadDocument(ref)).updates).toHaveLength(1);
  });

  it("lets the facilitator write the control document", async () => {
    const { room } = await roomFor("control");
    const f = new FakeConnection("facilitator");
    room.addConnection(f);
    room.receive(f, encodeUpdate(edit("t", "x", CONTROL.texts)));
    await room.flushed();
    expect(room.doc.getMap(CONTROL.texts).get("t")).toBe("x");
    expect(f.closed).toBeNull();
  });

  it("applies, stores and relays nothing its acceptance refuses, and closes that connection with the reason", async () => {
    const log: string[] = [];
    const seen: { value: unknown; role: string }[] = [];
    const accept: UpdateAcceptance = (update, doc, conn) => {
      seen.push({ value: doc.getMap("fields").get("k"), role: conn.role });
      const probe = new Y.Doc();
      Y.applyUpdate(probe, update);
      return probe.getMap("fields").get("k") === "refused" ? "no refused values" : null;
    };
    const { room, storage } = await roomFor("board", log, 100, undefined, accept);
    const writer = new FakeConnection("participant", log);
    const reader = new FakeConnection("viewer", log);
    room.addConnection(writer);
    room.addConnection(reader);
    // The empty step 2 every client answers the greeting with is not asked about.
    room.receive(writer, encodeSyncStep2(Y.encodeStateAsUpdate(new Y.Doc())));
    room.receive(writer, encodeUpdate(edit("k", "fine")));
    await room.flushed();
    expect(seen).toEqual([{ value: undefined, role: "participant" }]);
    const liar = new FakeConnection("participant", log);
    room.addConnection(liar);
    const relayed = reader.sent.length;
    room.receive(liar, encodeUpdate(edit("k", "refused")));
    await room.flushed();
    // Asked with the document as it was before the update.
    expect(seen.at(-1)).toEqual({ value: "fine", role: "participant" });
    expect(room.doc.getMap("fields").get("k")).toBe("fine");
    expect(reader.sent.length).toBe(relayed);
    expect((await storage.loadDocument(room.ref)).updates).toHaveLength(1);
    expect(liar.closed).toEqual({
      code: CLOSE.badRequest,
      reason: "board change refused: no refused values",
    });
    expect(writer.closed).toBeNull();
  });

  it("answers sync step 1 only once pending appends are durable", async () => {
    const log: string[] = [];
    // Nothing held: the gate only logs when the room asks for the disk sync.
    const disk = Object.assign(new DiskGate(), { logSyncSoon: true });
    disk.hold = (onDisk) => onDisk;
    const { room } = await roomFor("board", log, 100, disk);
    const writer = new FakeConnection("participant", log);
    const newcomer = new FakeConnection("viewer", log);
    room.addConnection(writer);
    room.addConnection(newcomer);
    log.length = 0;
    room.receive(writer, encodeUpdate(edit("a", "1")));
    room.receive(newcomer, encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    while (!newcomer.syncFrames().some(([t]) => t === 1)) await newcomer.nextSend();
    // Relayed at once; the answer did not wait for the storage's own sync schedule: the room asked
    // for the sync, and answered after it.
    expect(log).toEqual(["append", "send:viewer", "syncSoon", "send:viewer"]);
    const step2 = newcomer.syncFrames().find(([t]) => t === 1);
    const replica = new Y.Doc();
    Y.applyUpdate(replica, step2?.[1] as Uint8Array);
    expect(replica.getMap("fields").get("a")).toBe("1");
  });

  it("relays a committed update before its disk sync, and acknowledges (sync step 2) only after it", async () => {
    const log: string[] = [];
    const disk = new DiskGate();
    const { room } = await roomFor("board", log, 100, disk);
    const writer = new FakeConnection("participant", log);
    const reader = new FakeConnection("viewer", log);
    room.addConnection(writer);
    room.addConnection(reader);
    log.length = 0;
    const relayed = reader.nextSend();
    room.receive(writer, encodeUpdate(edit("a", "1")));
    await relayed;
    expect(log).toEqual(["append", "send:viewer"]);
    expect(disk.pending).toBe(1);
    // The writer asks whether its edit is saved: not before the disk has it.
    room.receive(writer, encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    // A later edit is relayed (its commit is all it waits for) while the answer still waits.
    const laterRelayed = reader.nextSend();
    room.receive(writer, encodeUpdate(edit("b", "2")));
    await laterRelayed;
    expect(writer.syncFrames().filter(([t]) => t === 1)).toHaveLength(0);
    const flushed = room.flushed();
    disk.release();
    await flushed;
    const step2 = writer.syncFrames().find(([t]) => t === 1);
    const replica = new Y.Doc();
    Y.applyUpdate(replica, step2?.[1] as Uint8Array);
    expect(replica.getMap("fields").get("a")).toBe("1");
  });

  it("closes every connection (1011) and acknowledges nothing when a disk sync fails", async () => {
    const disk = new DiskGate();
    const { room } = await roomFor("board", [], 100, disk);
    const writer = new FakeConnection("participant");
    const reader = new FakeConnection("participant");
    room.addConnection(writer);
    room.addConnection(reader);
    const relayed = reader.nextSend();
    room.receive(writer, encodeUpdate(edit("a", "1")));
    await relayed;
    room.receive(writer, encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    disk.fail(new Error("EIO"));
    await room.flushed();
    expect(room.broken).toBe(true);
    expect(writer.closed?.code).toBe(CLOSE.internalError);
    expect(reader.closed?.code).toBe(CLOSE.internalError);
    expect(writer.syncFrames().filter(([t]) => t === 1)).toHaveLength(0);
  });

  it("closes only the connection that sends a malformed frame", async () => {
    const { room } = await roomFor("board");
    const bad = new FakeConnection("participant");
    const good = new FakeConnection("participant");
    room.addConnection(bad);
    room.addConnection(good);
    room.receive(bad, Uint8Array.of(0, 2, 3, 0xff, 0xff, 0xff));
    expect(bad.closed?.code).toBe(CLOSE.badRequest);
    room.receive(good, encodeUpdate(edit("ok", "yes")));
    await room.flushed();
    expect(good.closed).toBeNull();
    expect(room.doc.getMap("fields").get("ok")).toBe("yes");
  });

  it("compacts the log after compactAfterUpdates appends", async () => {
    const { room, storage } = await roomFor("board", [], 4);
    const c = new FakeConnection("participant");
    room.addConnection(c);
    for (let i = 0; i < 10; i++) room.receive(c, encodeUpdate(edit(`k${i}`, `${i}`)));
    await room.flushed();
    const stored = await storage.loadDocument(room.ref);
    expect(stored.snapshot).not.toBeNull();
    expect(stored.updates.length).toBeLessThan(4);
    await room.destroy();
    const after = await storage.loadDocument(room.ref);
    expect(after.updates).toHaveLength(0);
    const replica = new Y.Doc();
    Y.applyUpdate(replica, after.snapshot as Uint8Array);
    expect(replica.getMap("fields").size).toBe(10);
  });

  it("reports when it becomes empty or occupied", async () => {
    const { room } = await roomFor("board");
    const events: string[] = [];
    room.onEmpty = () => events.push("empty");
    room.onOccupied = () => events.push("occupied");
    const c = new FakeConnection("viewer");
    room.addConnection(c);
    room.removeConnection(c);
    room.removeConnection(c);
    expect(events).toEqual(["occupied", "empty"]);
  });

  it("closes every connection (1011) and relays nothing when storage refuses an append", async () => {
    const log: string[] = [];
    const { room, storage } = await roomFor("board", log);
    storage.appendUpdate = async () => {
      throw new Error("disk full");
    };
    const writer = new FakeConnection("participant", log);
    const reader = new FakeConnection("participant", log);
    room.addConnection(writer);
    room.addConnection(reader);
    log.length = 0;
    room.receive(writer, encodeUpdate(edit("lost", "x")));
    await room.flushed();
    expect(log).toEqual([]);
    expect(room.broken).toBe(true);
    expect(writer.closed?.code).toBe(CLOSE.internalError);
    expect(reader.closed?.code).toBe(CLOSE.internalError);
  });

  it("coalesces presence: the first awareness update of a turn goes out at once, the rest as one frame", async () => {
    const { room } = await roomFor("board");
    const a = new FakeConnection("participant");
    const b = new FakeConnection("viewer");
    room.addConnection(a);
    room.addConnection(b);
    const clientAwareness = new Awareness(new Y.Doc());
    const before = b.sent.length;
    for (let i = 0; i < 5; i++) {
      clientAwareness.setLocalState({ cursor: { x: i, y: i } });
      room.receive(a, encodeAwareness(encodeAwarenessUpdate(clientAwareness, [clientAwareness.clientID])));
    }
    expect(b.sent.length - before).toBe(1);
    await new Promise((r) => setImmediate(r));
    expect(b.sent.length - before).toBe(2);
    // The merged frame carries the latest state.
    const merged = new Awareness(new Y.Doc());
    applyAwarenessFrame(merged, b.sent.at(-1) as Uint8Array);
    expect(merged.getStates().get(clientAwareness.clientID)).toEqual({ cursor: { x: 4, y: 4 } });
    merged.destroy();
    expect(room.presence.awareness.getStates().get(clientAwareness.clientID)).toEqual({
      cursor: { x: 4, y: 4 },
    });

    // Leaving removes the presence it published, for everyone.
    room.removeConnection(a);
    expect(room.presence.awareness.getStates().has(clientAwareness.clientID)).toBe(false);
    clientAwareness.destroy();
  });
  it("lets a connection change its own presence only, and takes its client id from its first state", async () => {
    const { room } = await roomFor("board");
    const a = new FakeConnection("participant");
    const b = new FakeConnection("participant");
    room.addConnection(a);
    room.addConnection(b);
    const annaAwareness = new Awareness(new Y.Doc());
    annaAwareness.setLocalState({ name: "Anna" });
    room.receive(a, encodeAwareness(encodeAwarenessUpdate(annaAwareness, [annaAwareness.clientID])));
    // b claims Anna's id with a higher clock, beside a state of its own.
    const forged = new Awareness(new Y.Doc());
    forged.clientID = annaAwareness.clientID;
    for (let i = 0; i < 5; i++) forged.setLocalState({ name: "Nep" });
    const own = new Awareness(new Y.Doc());
    own.setLocalState({ name: "Bram" });
    const both = new Awareness(new Y.Doc());
    applyAwarenessUpdate(both, encodeAwarenessUpdate(forged, [forged.clientID]), "test");
    applyAwarenessUpdate(both, encodeAwarenessUpdate(own, [own.clientID]), "test");
    room.receive(b, encodeAwareness(encodeAwarenessUpdate(both, [forged.clientID, own.clientID])));

    const states = room.presence.awareness.getStates();
    expect(states.get(annaAwareness.clientID)).toEqual({ name: "Anna" });
    expect(states.get(own.clientID)).toEqual({ name: "Bram" });
    expect(b.closed).toBeNull();
    // b leaves: its own presence goes, Anna's stays.
    room.removeConnection(b);
    expect([...room.presence.awareness.getStates().keys()]).toEqual([annaAwareness.clientID]);
    for (const aw of [annaAwareness, forged, own, both]) aw.destroy();
  });

  it("admits what a client only sends back of what it heard as a repeat, its own changes not", async () => {
    const { room } = await roomFor("board");
    const a = new FakeConnection("participant");
    const b = new FakeConnection("participant");
    room.addConnection(a);
    room.addConnection(b);
    const annaAwareness = new Awareness(new Y.Doc());
    annaAwareness.setLocalState({ cursor: 1 });
    room.receive(a, encodeAwareness(encodeAwarenessUpdate(annaAwareness, [annaAwareness.clientID])));
    const heard = b.sent.at(-1) as Uint8Array;
    room.receive(b, heard);
    const bram = new Awareness(new Y.Doc());
    bram.setLocalState({ cursor: 2 });
    room.receive(b, encodeAwareness(encodeAwarenessUpdate(bram, [bram.clientID])));
    // Sent back again once Anna moved on: still nothing newer than the server has.
    annaAwareness.setLocalState({ cursor: 3 });
    room.receive(a, encodeAwareness(encodeAwarenessUpdate(annaAwareness, [annaAwareness.clientID])));
    room.receive(b, heard);
    expect(a.admitted).toEqual([false, false]);
    expect(b.admitted).toEqual([true, false, true]);
    expect(room.presence.awareness.getStates().get(annaAwareness.clientID)).toEqual({ cursor: 3 });
    annaAwareness.destroy();
    bram.destroy();
  });
});

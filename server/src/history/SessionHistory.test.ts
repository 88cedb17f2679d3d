import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BOARD } from "@wijkbord/shared";
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../log/logger.ts";
import { createSession } from "../sessions/createSession.ts";
import { updateAcceptanceFor } from "../sessions/updateAcceptanceFor.ts";
import { SqliteStorage } from "../storage/sqlite/SqliteStorage.ts";
import { RoomRegistry } from "../sync/RoomRegistry.ts";
import { SessionHistory } from "./SessionHistory.ts";

const dirs: string[] = [];
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function setup(dir = mkdtempSync(join(tmpdir(), "wijkbord-history-")), keep = 100) {
  if (!dirs.includes(dir)) dirs.push(dir);
  const storage = new SqliteStorage(dir);
  const rooms = new RoomRegistry({
    storage,
    logger: silentLogger,
    graceMs: 60_000,
    compactAfterUpdates: 500,
    maxRooms: 10,
    acceptanceFor: updateAcceptanceFor,
  });
  const history = new SessionHistory({ storage, rooms, logger: silentLogger, intervalMs: 60_000, keep });
  closers.push(async () => {
    await rooms.close();
    await storage.close();
  });
  return { dir, storage, rooms, history };
}

const REQUEST = { title: "Werksessie", wijk: "Atolwijk", worksheets: ["gedeeld-verhaal"] };

describe("SessionHistory", () => {
  it("keeps an automatic version only when the session changed, also across a restart", async () => {
    const first = setup();
    const { id } = await createSession(first.storage, REQUEST, "http://localhost");
    expect(await first.history.take(id, "auto")).not.toBeNull();
    expect(await first.history.take(id, "auto")).toBeNull();

    // A new process (fresh memory) compares with the newest stored version.
    await first.rooms.close();
    await first.storage.close();
    const second = setup(first.dir);
    expect(await second.history.take(id, "auto")).toBeNull();

    const room = await second.rooms.acquire({ sessionId: id, doc: "board" });
    room.doc.getMap(BOARD.fields).set("gv/conclusie", "Samen van het gas af");
    await room.flushed();
    const changed = await second.history.take(id, "auto");
    expect(changed?.kind).toBe("auto");
    const stored = await second.storage.history.get(id, changed?.id ?? 0);
    expect(stored?.board.byteLength).toBeGreaterThan(0);
    expect((await second.storage.history.list(id)).map((v) => v.id)).toEqual([
      changed?.id,
      expect.any(Number),
    ]);
  });

  it("keeps a manual version even without changes, and only the newest `keep` versions", async () => {
    const { storage, history } = setup(undefined, 2);
    const { id } = await createSession(storage, REQUEST, "http://localhost");
    const a = await history.take(id, "manual");
    const b = await history.take(id, "manual");
    const c = await history.take(id, "manual");
    expect(a && b && c).toBeTruthy();
    expect((await storage.history.list(id)).map((v) => v.id)).toEqual([c?.id, b?.id]);
    expect(await storage.history.get(id, a?.id ?? 0)).toBeUndefined();
  });
});

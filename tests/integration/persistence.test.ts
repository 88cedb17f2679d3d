import { BOARD } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import type * as Y from "yjs";
import type { TestClient } from "./support/connectClient.ts";
import { noteRecord, textOf } from "./support/noteRecord.ts";
import { serverFixture } from "./support/serverFixture.ts";
import { createSession } from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

const kvOf = (doc: Y.Doc) => new YKeyValue<ReturnType<typeof noteRecord>>(doc.getArray(BOARD.records));

describe("persistence", () => {
  const { start, connect } = serverFixture();

  /** Writes `n` notes, one transaction (one update) each, and waits until `observer` has them all. */
  async function writeAcknowledged(writer: TestClient, observer: TestClient, n: number, prefix: string) {
    const kv = kvOf(writer.doc);
    for (let i = 0; i < n; i++)
      kv.set(`shape:${prefix}-${i}`, noteRecord(`shape:${prefix}-${i}`, `${prefix} ${i}`));
    const seen = kvOf(observer.doc);
    // The server relays an update only after storage committed it: seeing it means a restart keeps it.
    await waitFor(() => seen.map.size >= n && seen.get(`shape:${prefix}-${n - 1}`) !== undefined, {
      what: `${n} notes at the observer`,
    });
  }

  it("a restarted server keeps every acknowledged update", async () => {
    const first = await start();
    const session = await createSession(first);
    const writer = await connect(first, session.id, "board", session.tokens.participant);
    const observer = await connect(first, session.id, "board", session.tokens.facilitator);
    await writeAcknowledged(writer, observer, 30, "n");
    kvOf(writer.doc).delete("shape:n-3");
    await waitFor(() => !kvOf(observer.doc).has("shape:n-3"), { what: "delete at the observer" });
    const expected = JSON.stringify(observer.doc.getArray(BOARD.records).toJSON());

    await first.close();
    const second = await start({ dataDir: first.dataDir });
    const fresh = await connect(second, session.id, "board", session.tokens.viewer);
    expect(JSON.stringify(fresh.doc.getArray(BOARD.records).toJSON())).toBe(expected);
    expect(kvOf(fresh.doc).map.size).toBe(29);
  });

  it("keeps everything across compactions, and the log is actually compacted", async () => {
    const compactAfterUpdates = 7;
    const first = await start({ compactAfterUpdates });
    const session = await createSession(first);
    const writer = await connect(first, session.id, "board", session.tokens.participant);
    const observer = await connect(first, session.id, "board", session.tokens.participant);
    await writeAcknowledged(writer, observer, 45, "c");
    const ref = { sessionId: session.id, doc: "board" as const };
    const stored = await first.storage.loadDocument(ref);
    expect(stored.snapshot).not.toBeNull();
    expect(stored.updates.length).toBeLessThan(compactAfterUpdates);

    await first.close();
    const second = await start({ dataDir: first.dataDir, compactAfterUpdates });
    const fresh = await connect(second, session.id, "board", session.tokens.viewer);
    const kv = kvOf(fresh.doc);
    expect(kv.map.size).toBe(45);
    for (let i = 0; i < 45; i++) expect(textOf(kv.get(`shape:c-${i}`))).toBe(`c ${i}`);
  });

  it("acknowledged updates are in storage before any shutdown flush", async () => {
    // A second server opens the same database while the first still runs and never flushed on
    // close: whatever a client has seen relayed must already be readable from disk.
    const first = await start({ compactAfterUpdates: 5 });
    const session = await createSession(first);
    const writer = await connect(first, session.id, "board", session.tokens.participant);
    const observer = await connect(first, session.id, "board", session.tokens.facilitator);
    await writeAcknowledged(writer, observer, 23, "d");

    const second = await start({ dataDir: first.dataDir });
    const fresh = await connect(second, session.id, "board", session.tokens.viewer);
    expect(kvOf(fresh.doc).map.size).toBe(23);
  });

  it("unloads an empty room after the grace period and reloads it from storage", async () => {
    const server = await start({ roomGraceMs: 30 });
    const session = await createSession(server);
    const writer = await connect(server, session.id, "board", session.tokens.participant);
    const ref = { sessionId: session.id, doc: "board" as const };
    kvOf(writer.doc).set("shape:u", noteRecord("shape:u", "survives unload"));
    await waitFor(() => server.rooms.get(ref)?.doc.getArray(BOARD.records).length === 1, {
      what: "server to have the note",
    });
    writer.destroy();
    await waitFor(() => server.rooms.get(ref) === undefined, { what: "room to unload" });
    const again = await connect(server, session.id, "board", session.tokens.viewer);
    expect(textOf(kvOf(again.doc).get("shape:u"))).toBe("survives unload");
  });
});

import { BOARD } from "@wijkbord/shared";
import { afterEach, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import type * as Y from "yjs";
import { connectSynced, type TestClient } from "./support/connectClient.ts";
import { noteRecord, textOf } from "./support/noteRecord.ts";
import { createSession, removeDataDir, startServer, type TestServer } from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

type Note = ReturnType<typeof noteRecord>;
const kvOf = (doc: Y.Doc) => new YKeyValue<Note>(doc.getArray(BOARD.records));
const contents = (doc: Y.Doc) =>
  JSON.stringify(
    [...kvOf(doc).map.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, v.val]),
  );

describe("a client that was offline a long time", () => {
  let server: TestServer | null = null;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    if (server) {
      await server.close();
      removeDataDir(server.dataDir);
    }
    server = null;
  });

  it("merges its edits after the room was unloaded and compacted, and same-note edits end equal", async () => {
    // A short grace period and compaction stand in for "minutes": what matters is that the room the
    // offline client left is gone (unloaded, compacted into a snapshot) when it comes back.
    server = await startServer({ roomGraceMs: 50, compactAfterUpdates: 20 });
    const session = await createSession(server);
    const anna = await connectSynced(server, session.id, "board", session.tokens.participant);
    const bram = await connectSynced(server, session.id, "board", session.tokens.participant);
    clients.push(anna, bram);
    kvOf(anna.doc).set("shape:shared", noteRecord("shape:shared", "begin"));
    await waitFor(() => kvOf(bram.doc).has("shape:shared"), { what: "the shared note at Bram" });

    // Anna goes offline and keeps working: her own notes and the shared one.
    anna.provider.disconnect();
    for (let i = 0; i < 60; i++)
      kvOf(anna.doc).set(`shape:anna-${i}`, noteRecord(`shape:anna-${i}`, `Anna ${i}`));
    kvOf(anna.doc).set("shape:shared", noteRecord("shape:shared", "Anna's versie", 100, 100));
    // Bram, online, edits the same note and adds his own, then leaves too.
    for (let i = 0; i < 30; i++)
      kvOf(bram.doc).set(`shape:bram-${i}`, noteRecord(`shape:bram-${i}`, `Bram ${i}`));
    kvOf(bram.doc).set("shape:shared", noteRecord("shape:shared", "Bram's versie", 200, 200));
    const observer = await connectSynced(server, session.id, "board", session.tokens.facilitator);
    await waitFor(() => kvOf(observer.doc).has("shape:bram-29"), { what: "Bram's notes stored" });
    observer.destroy();
    bram.provider.disconnect();
    await waitFor(() => server?.rooms.get({ sessionId: session.id, doc: "board" }) === undefined, {
      what: "the room unloaded",
    });

    // Both come back, Anna first: everything merges, and both see the same version of the shared note.
    anna.provider.connect();
    await anna.synced();
    bram.provider.connect();
    await bram.synced();
    await waitFor(() => contents(anna.doc) === contents(bram.doc), { what: "equal documents" });
    for (let i = 0; i < 60; i++) expect(kvOf(bram.doc).has(`shape:anna-${i}`)).toBe(true);
    for (let i = 0; i < 30; i++) expect(kvOf(anna.doc).has(`shape:bram-${i}`)).toBe(true);
    expect(["Anna's versie", "Bram's versie"]).toContain(textOf(kvOf(anna.doc).get("shape:shared")));
    // A newcomer, loading from storage, sees exactly that too.
    const fresh = await connectSynced(server, session.id, "board", session.tokens.viewer);
    clients.push(fresh);
    expect(contents(fresh.doc)).toBe(contents(anna.doc));
  });
});

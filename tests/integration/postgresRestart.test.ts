import { existsSync } from "node:fs";
import { join } from "node:path";
import { PostgresStorage } from "@wijkbord/server";
import { BOARD } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import type * as Y from "yjs";
import type { TestClient } from "./support/connectClient.ts";
import { noteRecord, textOf } from "./support/noteRecord.ts";
import { serverFixture } from "./support/serverFixture.ts";
import { createSession } from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

type Note = ReturnType<typeof noteRecord>;
const kvOf = (doc: Y.Doc) => new YKeyValue<Note>(doc.getArray(BOARD.records));
const recordsOf = (client: TestClient) => JSON.stringify(client.doc.getArray(BOARD.records).toJSON());

/** The database vitest's postgres project made for this file (databasePerFile.ts). */
const databaseUrl = () => process.env.WIJKBORD_TEST_DATABASE_URL as string;

describe("a server on PostgreSQL (DATABASE_URL)", () => {
  const { start, connect } = serverFixture();

  it("keeps every update two clients made across a restart on the same database", async () => {
    const first = await start({ databaseUrl: databaseUrl(), compactAfterUpdates: 25 });
    expect(first.storage).toBeInstanceOf(PostgresStorage);
    const session = await createSession(first);
    const anna = await connect(first, session.id, "board", session.tokens.participant);
    const bram = await connect(first, session.id, "board", session.tokens.facilitator);
    // Both write at once, and each changes the other's notes too: moves and deletes.
    for (let i = 0; i < 40; i++) {
      kvOf(anna.doc).set(`shape:a${i}`, noteRecord(`shape:a${i}`, `Anna ${i}`, 0, i * 30));
      kvOf(bram.doc).set(`shape:b${i}`, noteRecord(`shape:b${i}`, `Bram ${i}`, 300, i * 30));
    }
    // Relayed means stored: each sees the other's last note only after the server committed it.
    await waitFor(() => kvOf(anna.doc).has("shape:b39") && kvOf(bram.doc).has("shape:a39"), {
      what: "each client to have the other's notes",
    });
    for (let i = 0; i < 40; i += 4) {
      kvOf(anna.doc).set(`shape:b${i}`, { ...(kvOf(anna.doc).get(`shape:b${i}`) as Note), x: 999 });
      kvOf(bram.doc).delete(`shape:a${i + 1}`);
    }
    await waitFor(() => recordsOf(anna) === recordsOf(bram) && !kvOf(anna.doc).has("shape:a37"), {
      what: "both clients to hold the same records",
    });
    const expected = recordsOf(anna);

    await first.close();
    // Nothing went to the data directory: it was all in PostgreSQL.
    expect(existsSync(join(first.dataDir, "wijkbord.sqlite"))).toBe(false);
    const second = await start({ databaseUrl: databaseUrl() });
    const viewer = await connect(second, session.id, "board", session.tokens.viewer);
    expect(recordsOf(viewer)).toBe(expected);
    const kv = kvOf(viewer.doc);
    expect(kv.map.size).toBe(70);
    expect(kv.get("shape:b8")?.x).toBe(999);
    expect(kv.has("shape:a9")).toBe(false);
    expect(textOf(kv.get("shape:a39"))).toBe("Anna 39");
    // And the session itself: its links still open it after the restart.
    const res = await fetch(`${second.url}/api/sessions/${session.id}`, {
      headers: { authorization: `Bearer ${session.tokens.facilitator}` },
    });
    expect(res.status).toBe(200);
  });
});

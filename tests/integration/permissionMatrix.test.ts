import { BOARD, CLOSE, CONTROL, type DocName, type Role } from "@wijkbord/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectSynced, roundTrip, type TestClient } from "./support/connectClient.ts";
import {
  createSession,
  removeDataDir,
  startServer,
  type TestServer,
  type TestSession,
} from "./support/startServer.ts";
import { once } from "./support/waitFor.ts";

/**
 * The contract, written out rather than derived from the code: who may write which document.
 * Reading is everyone's with a valid token.
 */
const MAY_WRITE: Record<Role, Record<DocName, boolean>> = {
  facilitator: { control: true, board: true },
  participant: { control: false, board: true },
  viewer: { control: false, board: false },
};

/**
 * Control-document types only the server writes: a facilitator's change to them is refused and
 * that socket closed (4400), like any other bad input.
 */
const SERVER_ONLY: readonly string[] = [CONTROL.vote, CONTROL.members];

/**
 * Control-document types whose entries must parse: the write tried is one that does (a table), so
 * what is checked is who may write, not what (the content rules have tests of their own).
 */
const TABLE_OF: Record<Role, string> = { facilitator: "7", participant: "8", viewer: "9" };
const VALID_ENTRY: Readonly<Record<string, (role: Role, mark: string) => [key: string, value: unknown]>> = {
  [CONTROL.tables]: (role, mark) => [TABLE_OF[role], { label: mark, copies: {} }],
};

/** Every shared type of each document a client could try to change. */
const TARGETS: Record<DocName, string[]> = {
  control: Object.values(CONTROL),
  board: Object.values(BOARD),
};

describe("every role against every document, with raw Yjs clients", () => {
  let server: TestServer;
  let session: TestSession;
  const observers = new Map<DocName, TestClient>();
  const clients: TestClient[] = [];

  beforeAll(async () => {
    server = await startServer();
    session = await createSession(server);
    for (const doc of ["control", "board"] as const) {
      observers.set(doc, await connectSynced(server, session.id, doc, session.tokens.facilitator));
    }
  });
  afterAll(async () => {
    for (const c of [...clients, ...observers.values()]) c.destroy();
    await server.close();
    removeDataDir(server.dataDir);
  });

  const cases = (["facilitator", "participant", "viewer"] as const).flatMap((role) =>
    (["control", "board"] as const).flatMap((doc) => TARGETS[doc].map((key) => [role, doc, key] as const)),
  );

  it.each(cases)("%s writing %s → %s", async (role, doc, key) => {
    const writer = await connectSynced(server, session.id, doc, session.tokens[role]);
    clients.push(writer);
    const observer = observers.get(doc) as TestClient;
    const mark = `${role}-${key}`;
    // A map entry, the smallest change a hostile client can make to a shared type; a type that is
    // an array in the real layout is a different Yjs type, so write a map with its own name.
    if (MAY_WRITE[role][doc] && doc === "control" && SERVER_ONLY.includes(key)) {
      const closed = once<[CloseEvent | null]>(writer.provider, "connection-close");
      writer.doc.getMap(`${key}`).set(mark, mark);
      const [event] = await closed;
      expect(event?.code).toBe(CLOSE.badRequest);
      expect(event?.reason).toMatch(/written by the server only/);
      // Refused before it touched the room, so it cannot reach anyone later either.
      expect(observer.doc.getMap(`${key}`).get(mark)).toBeUndefined();
      writer.destroy();
      return;
    }
    const [entryKey, value] = (doc === "control" && VALID_ENTRY[key]?.(role, mark)) || [mark, mark];
    writer.doc.getMap(`${key}`).set(entryKey, value);
    await roundTrip(writer, observer);
    expect(observer.doc.getMap(`${key}`).get(entryKey)).toEqual(MAY_WRITE[role][doc] ? value : undefined);
    writer.destroy();
  });
});

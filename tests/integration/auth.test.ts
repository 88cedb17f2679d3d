import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeCode, openRaw } from "./support/rawSocket.ts";
import {
  createSession,
  removeDataDir,
  startServer,
  type TestServer,
  type TestSession,
} from "./support/startServer.ts";

describe("WebSocket authentication", () => {
  let server: TestServer;
  let session: TestSession;
  let other: TestSession;

  beforeAll(async () => {
    server = await startServer();
    session = await createSession(server);
    other = await createSession(server);
  });
  afterAll(async () => {
    await server.close();
    removeDataDir(server.dataDir);
  });

  const url = (sessionId: string, doc: string, token?: string) =>
    `${server.wsUrl(sessionId)}/${doc}${token === undefined ? "" : `?token=${encodeURIComponent(token)}`}`;

  it.each([
    ["an unknown token", () => url(session.id, "board", "A".repeat(43))],
    ["no token", () => url(session.id, "board")],
    ["an empty token", () => url(session.id, "board", "")],
    ["a participant token of another session", () => url(session.id, "board", other.tokens.participant)],
    ["a facilitator token of another session", () => url(session.id, "control", other.tokens.facilitator)],
  ])("refuses %s with HTTP 401 before upgrading", async (_name, makeUrl) => {
    const outcome = await openRaw(makeUrl());
    expect(outcome).toEqual({ opened: false, status: 401 });
  });

  it.each([
    ["an unknown session", () => url("AAAAAAAAAAAAAAAA", "board", session.tokens.facilitator)],
    ["a malformed session id", () => url("not!a~session", "board", session.tokens.facilitator)],
  ])("refuses %s with HTTP 404 before upgrading, as the JSON routes do", async (_name, makeUrl) => {
    expect(await openRaw(makeUrl())).toEqual({ opened: false, status: 404 });
  });

  it("refuses an unknown document name with 404", async () => {
    expect(await openRaw(url(session.id, "secrets", session.tokens.facilitator))).toEqual({
      opened: false,
      status: 404,
    });
  });

  it("accepts each role's own token on both documents", async () => {
    for (const role of ["facilitator", "participant", "viewer"] as const) {
      for (const doc of ["control", "board"]) {
        const outcome = await openRaw(url(session.id, doc, session.tokens[role]));
        expect(outcome.opened, `${role} on ${doc}`).toBe(true);
        if (outcome.opened) {
          const closed = closeCode(outcome.ws);
          outcome.ws.close();
          await closed;
        }
      }
    }
  });

  it("never writes a token into the logs", () => {
    const logs = server.logger.lines.join("\n");
    for (const t of [...Object.values(session.tokens), ...Object.values(other.tokens)]) {
      expect(logs).not.toContain(t);
    }
  });
});

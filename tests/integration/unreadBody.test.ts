import { votePath } from "@wijkbord/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerBeforeBody, type Exchange, exchange, rawRequest } from "./support/rawHttp.ts";
import {
  createSession,
  DEFAULT_SESSION,
  removeDataDir,
  startServer,
  type TestServer,
  type TestSession,
} from "./support/startServer.ts";

/**
 * An answer sent before the request body was read (413, or a refusal that never looks at the
 * body) must not promise a connection it then drops: after it, the next request on the same
 * connection is answered, or the answer said `Connection: close`. Raw sockets, so that nothing
 * between the test and the server opens a new connection behind our back.
 */
describe("answers given before the body was read keep their word about the connection", () => {
  let server: TestServer;
  let session: TestSession;

  beforeAll(async () => {
    // One session per hour: after this one, every import is refused (429) before its body is read.
    server = await startServer({ sessionsPerAddressPerHour: 1 });
    session = await createSession(server);
  });
  afterAll(async () => {
    await server.close();
    removeDataDir(server.dataDir);
  });

  const health = rawRequest("GET", "/healthz");
  const big = (bytes: number) => JSON.stringify({ ...DEFAULT_SESSION, padding: "x".repeat(bytes) });
  const ballot = (token: string, body: string, chunked = false) =>
    rawRequest("POST", votePath(session.id, "ballot"), {
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
      body,
      chunked,
    });

  /** The first answer has `status`; then either the health check is answered too, or it said close. */
  function expectHonest({ responses, closed }: Exchange, status: number) {
    const [first, second] = responses;
    expect(first?.status).toBe(status);
    if (first?.headers.connection === "close") {
      expect(closed).toBe(true);
      expect(responses).toHaveLength(1);
    } else {
      expect(second?.status, "the request after a keep-alive answer is answered").toBe(200);
      expect(JSON.parse(second?.body ?? "null")).toEqual({ ok: true });
    }
  }

  it("413 for a declared Content-Length over the limit", async () => {
    const post = ballot(session.tokens.participant, big(500_000));
    expectHonest(await exchange(server.port, [post, health], 2), 413);
  });

  it("413 for a chunked body that passes the limit", async () => {
    const post = ballot(session.tokens.participant, big(500_000), true);
    expectHonest(await exchange(server.port, [post, health], 2), 413);
  });

  it("429 for a backup import over the hourly budget", async () => {
    const post = rawRequest("POST", "/api/sessions/import", {
      headers: { "Content-Type": "application/json" },
      body: big(2_000_000),
    });
    expectHonest(await exchange(server.port, [post, health], 2), 429);
  });

  it("401 for a wrong token, whatever the body", async () => {
    const post = ballot("A".repeat(43), big(500_000));
    expectHonest(await exchange(server.port, [post, health], 2), 401);
  });

  it.each([
    ["401 to a wrong token", () => ballot("A".repeat(43), big(500_000)), 401],
    ["413 to a declared length over the limit", () => ballot(session.tokens.participant, big(500_000)), 413],
    [
      "429 to an import over the budget",
      () => rawRequest("POST", "/api/sessions/import", { body: big(2_000_000) }),
      429,
    ],
  ] as const)(
    "a refusal sent while the body is still on its way says Connection: close: %s",
    async (_what, request, status) => {
      const answer = await answerBeforeBody(server.port, request(), 1000);
      expect(answer.status).toBe(status);
      expect(answer.headers.connection).toBe("close");
    },
  );

  it("a small refused body leaves the connection open for the next request", async () => {
    const post = ballot(session.tokens.participant, "{");
    const { responses } = await exchange(server.port, [post, health], 2);
    expect(responses.map((r) => r.status)).toEqual([400, 200]);
  });
});

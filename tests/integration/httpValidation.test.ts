import { ApiErrorSchema, type Role } from "@wijkbord/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createSession,
  removeDataDir,
  startServer,
  type TestServer,
  type TestSession,
} from "./support/startServer.ts";

/**
 * Every JSON endpoint of the API, with a body it accepts and the string field that has a length
 * limit. Each must answer broken JSON, a wrong type, an unknown field and an over-long string with
 * a 4xx and a message that says what is wrong, and change nothing.
 */
interface Endpoint {
  name: string;
  path: (s: TestSession) => string;
  role: Role | null;
  valid: Record<string, unknown>;
  /** A field whose type we break, and one whose length we exceed (null when there is none). */
  typed: string;
  long: string | null;
}

const SECRET = "a".repeat(24);
const ENDPOINTS: Endpoint[] = [
  {
    name: "create a session",
    path: () => "/api/sessions",
    role: null,
    valid: { title: "Werksessie", wijk: "Atolwijk", worksheets: ["gedeeld-verhaal"] },
    typed: "worksheets",
    long: "title",
  },
  {
    name: "PDF with images",
    path: (s) => `/api/sessions/${s.id}/export/pdf`,
    role: "facilitator",
    valid: { lang: "nl", images: [] },
    typed: "images",
    long: null,
  },
  {
    name: "start a vote",
    path: (s) => `/api/sessions/${s.id}/vote/start`,
    role: "facilitator",
    valid: { instanceId: "x", votesPerPerson: 3 },
    typed: "votesPerPerson",
    long: "instanceId",
  },
  {
    name: "cast a ballot",
    path: (s) => `/api/sessions/${s.id}/vote/ballot`,
    role: "participant",
    valid: { voterSecret: SECRET, participantId: "p1", noteId: "shape:n", delta: 1 },
    typed: "delta",
    long: "noteId",
  },
  {
    name: "my votes",
    path: (s) => `/api/sessions/${s.id}/vote/mine`,
    role: "participant",
    valid: { voterSecret: SECRET },
    typed: "voterSecret",
    long: "voterSecret",
  },
  {
    name: "reveal private notes",
    path: (s) => `/api/sessions/${s.id}/private/reveal`,
    role: "facilitator",
    valid: { anonymous: false },
    typed: "anonymous",
    long: null,
  },
  {
    name: "rotate links",
    path: (s) => `/api/sessions/${s.id}/links/rotate`,
    role: "facilitator",
    valid: { roles: ["viewer"] },
    typed: "roles",
    long: null,
  },
  {
    name: "register a participant",
    path: (s) => `/api/sessions/${s.id}/participants/me`,
    role: "participant",
    valid: { participantId: "p1", secret: SECRET },
    typed: "participantId",
    long: "participantId",
  },
  {
    name: "restore a version",
    path: (s) => `/api/sessions/${s.id}/history/1/restore`,
    role: "facilitator",
    valid: { as: "new-session" },
    typed: "as",
    long: null,
  },
];

describe("every JSON endpoint refuses bad input with a 4xx that says what is wrong", () => {
  let server: TestServer;
  let session: TestSession;

  beforeAll(async () => {
    server = await startServer();
    session = await createSession(server);
  });
  afterAll(async () => {
    await server.close();
    removeDataDir(server.dataDir);
  });

  const post = (e: Endpoint, body: string) =>
    fetch(`${server.url}${e.path(session)}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(e.role ? { authorization: `Bearer ${session.tokens[e.role]}` } : {}),
      },
      body,
    });

  async function refused(res: Response, mentions?: string) {
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const { error } = ApiErrorSchema.parse(await res.json());
    expect(error.message.length).toBeGreaterThan(0);
    if (mentions) expect(`${error.message} ${JSON.stringify(error.issues ?? [])}`).toContain(mentions);
  }

  it.each(ENDPOINTS)("$name: broken JSON", async (e) => {
    await refused(await post(e, '{"oops": '));
  });

  it.each(ENDPOINTS)("$name: a wrong type", async (e) => {
    await refused(await post(e, JSON.stringify({ ...e.valid, [e.typed]: { wrong: true } })), e.typed);
  });

  it.each(ENDPOINTS)("$name: an unknown field", async (e) => {
    await refused(await post(e, JSON.stringify({ ...e.valid, sneaky: 1 })), "sneaky");
  });

  it.each(ENDPOINTS.filter((e) => e.long !== null))("$name: an over-long string", async (e) => {
    await refused(
      await post(e, JSON.stringify({ ...e.valid, [e.long as string]: "x".repeat(5000) })),
      e.long as string,
    );
  });

  it("a body over the size limit gets 413, before it is parsed", async () => {
    const res = await post(ENDPOINTS[0] as Endpoint, JSON.stringify({ title: "x".repeat(200_000) }));
    expect(res.status).toBe(413);
    ApiErrorSchema.parse(await res.json());
  });
});

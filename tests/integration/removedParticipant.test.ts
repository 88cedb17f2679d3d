import {
  membersPaths,
  PATHS,
  PRIVATE_STATUS_PATH_SUFFIX,
  REMOVED_ERROR_CODE,
  REVEAL_PATH_SUFFIX,
  votePath,
} from "@wijkbord/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newSecret, postJson, registerMember } from "./support/members.ts";
import { openRaw } from "./support/rawSocket.ts";
import {
  createSession,
  removeDataDir,
  startServer,
  type TestServer,
  type TestSession,
} from "./support/startServer.ts";

/** Every session route that takes a credential, written out: a new one belongs in this list. */
function sessionRoutes(
  id: string,
  someone: string,
): [method: "GET" | "POST" | "DELETE", path: string, body?: unknown][] {
  const s = `${PATHS.sessions}/${encodeURIComponent(id)}`;
  return [
    ["GET", s],
    ["POST", votePath(id, "start"), { instanceId: "x", votesPerPerson: 3 }],
    ["POST", votePath(id, "end"), {}],
    ["POST", votePath(id, "ballot"), { noteId: "x", delta: 1, voterSecret: newSecret() }],
    ["POST", votePath(id, "mine"), { voterSecret: newSecret() }],
    ["GET", `${s}${PRIVATE_STATUS_PATH_SUFFIX}`],
    ["POST", `${s}${REVEAL_PATH_SUFFIX}`, {}],
    ...(["csv", "json", "pdf", "xlsx"] as const).map((f) => ["GET", `${s}/export/${f}`] as ["GET", string]),
    ["POST", `${s}/export/pdf`, { images: [] }],
    ["GET", `${s}/history`],
    ["POST", `${s}/history`],
    ["POST", `${s}/history/1/restore`, { as: "new-session" }],
    ["POST", membersPaths.rotate(id), { roles: ["viewer"] }],
    ["POST", membersPaths.me(id), { participantId: someone, secret: newSecret() }],
    ["POST", membersPaths.action(id, someone, "promote"), {}],
    ["POST", membersPaths.action(id, someone, "remove"), {}],
    ["DELETE", s],
  ];
}

/**
 * A participant the facilitator removed gets one answer everywhere, 403 `removed`, so whichever
 * page or dialog is open in their browser can show the removed page; a wrong token stays 401.
 */
describe("a removed participant on every route", () => {
  let server: TestServer;
  let session: TestSession;
  /** Removed as a plain participant, and removed after being made co-facilitator. */
  const removed: Record<"participant" | "coFacilitator", string> = { participant: "", coFacilitator: "" };
  let bystander: string;

  beforeAll(async () => {
    server = await startServer();
    session = await createSession(server);
    const f = session.tokens.facilitator;
    const plain = await registerMember(server, session.id, session.tokens.participant);
    const co = await registerMember(server, session.id, session.tokens.participant);
    bystander = (await registerMember(server, session.id, session.tokens.participant)).id;
    expect((await postJson(server, membersPaths.action(session.id, co.id, "promote"), f)).status).toBe(200);
    for (const m of [plain, co]) {
      expect((await postJson(server, membersPaths.action(session.id, m.id, "remove"), f)).status).toBe(200);
    }
    removed.participant = plain.credential;
    removed.coFacilitator = co.credential;
  });
  afterAll(async () => {
    await server.close();
    removeDataDir(server.dataDir);
  });

  const call = async (
    method: "GET" | "POST" | "DELETE",
    path: string,
    credential: string,
    body?: unknown,
  ) => {
    if (method === "POST") return postJson(server, path, credential, body);
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${credential}` },
    });
    return { status: res.status, body: (await res.json().catch(() => null)) as unknown };
  };

  it.each(["participant", "coFacilitator"] as const)(
    "answers the removed %s 403 removed on every JSON route and on the upgrade",
    async (who) => {
      const expected = {
        status: 403,
        body: {
          error: { code: REMOVED_ERROR_CODE, message: "the facilitator removed you from this session" },
        },
      };
      for (const [method, path, body] of sessionRoutes(session.id, bystander)) {
        expect(await call(method, path, removed[who], body), `${method} ${path}`).toEqual(expected);
      }
      for (const doc of ["control", "board"]) {
        const url = `${server.wsUrl(session.id)}/${doc}?token=${encodeURIComponent(removed[who])}`;
        expect(await openRaw(url), doc).toEqual({ opened: false, status: 403 });
      }
    },
  );

  it("still answers a wrong token 401 on every JSON route", async () => {
    for (const [method, path, body] of sessionRoutes(session.id, bystander)) {
      expect(await call(method, path, "A".repeat(43), body), `${method} ${path}`).toEqual({
        status: 401,
        body: { error: { code: "unauthorized", message: "missing or invalid token for this session" } },
      });
    }
  });
});

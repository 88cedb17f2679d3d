import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ApiErrorSchema, credentialOf, REMOVED_ERROR_CODE, type Role } from "@wijkbord/shared";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession } from "../sessions/createSession.ts";
import { SqliteStorage } from "../storage/sqlite/SqliteStorage.ts";
import { memberSecretHash } from "./memberSecretHash.ts";
import { type RoleRule, requireRole } from "./requireRole.ts";

const dir = mkdtempSync(join(tmpdir(), "wijkbord-require-role-"));
const storage = new SqliteStorage(dir);

/** One route per rule; it answers the role it was let in with. */
function appFor(rule: RoleRule) {
  const app = new Hono();
  app.get("/s/:id", async (c) => {
    const access = await requireRole(c, storage, rule);
    if (!access.ok) return access.response;
    return c.json({ role: access.auth.role, tokenRole: access.auth.tokenRole });
  });
  return app;
}

const facilitatorOnly = appFor({ roles: ["facilitator"], forbidden: "only the facilitator can do this" });
const facilitatorLinkOnly = appFor({
  roles: ["facilitator"],
  of: "link",
  forbidden: "only the facilitator link can do this",
});
const anyone = appFor({});

let sessionId: string;
let tokens: Record<Role, string>;
let otherSession: { id: string; facilitator: string };
let coFacilitator: string;
let removed: string;

/** A participant registered with a personal secret, then given `status`. */
async function member(status: "facilitator" | "removed"): Promise<string> {
  const id = `p-${randomBytes(4).toString("hex")}`;
  const secret = randomBytes(24).toString("base64url");
  await storage.access.registerMember(sessionId, id, memberSecretHash(sessionId, secret), 100);
  await storage.access.setMemberStatus(sessionId, id, status);
  return credentialOf(tokens.participant, secret);
}

const tokenOf = (link: string | undefined) => new URL(link ?? "").hash.replace("#token=", "");

beforeAll(async () => {
  const request = { title: "Werksessie", wijk: "Atolwijk", worksheets: ["gedeeld-verhaal"] };
  const created = await createSession(storage, request, "https://wijkbord.example");
  sessionId = created.id;
  tokens = {
    facilitator: tokenOf(created.links.facilitator),
    participant: tokenOf(created.links.participant),
    viewer: tokenOf(created.links.viewer),
  };
  const other = await createSession(storage, request, "https://wijkbord.example");
  otherSession = { id: other.id, facilitator: tokenOf(other.links.facilitator) };
  coFacilitator = await member("facilitator");
  removed = await member("removed");
});
afterAll(async () => {
  await storage.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call(
  app: Hono,
  credential: string | undefined,
  id = sessionId,
  how: "bearer" | "query" = "bearer",
) {
  const headers: Record<string, string> =
    credential && how === "bearer" ? { authorization: `Bearer ${credential}` } : {};
  const query = credential && how === "query" ? `?token=${encodeURIComponent(credential)}` : "";
  const res = await app.request(`/s/${id}${query}`, { headers });
  const body = (await res.json()) as unknown;
  if (res.ok) return { status: res.status, body: body as { role: Role; tokenRole: Role } };
  return { status: res.status, error: ApiErrorSchema.parse(body).error };
}

describe("requireRole", () => {
  it("lets the allowed role in, from the Authorization header or ?token=", async () => {
    expect(await call(facilitatorOnly, tokens.facilitator)).toEqual({
      status: 200,
      body: { role: "facilitator", tokenRole: "facilitator" },
    });
    expect((await call(facilitatorOnly, tokens.facilitator, sessionId, "query")).status).toBe(200);
  });

  it("answers 404 for an unknown session, even with a valid token", async () => {
    const res = await call(facilitatorOnly, tokens.facilitator, "s".repeat(otherSession.id.length));
    expect(res).toEqual({ status: 404, error: { code: "not_found", message: "no such session" } });
  });

  it.each([
    ["no token", undefined],
    ["a made-up token", "A".repeat(43)],
    ["a malformed token", "not a token"],
  ])("answers 401 to %s", async (_name, credential) => {
    expect(await call(facilitatorOnly, credential)).toEqual({
      status: 401,
      error: { code: "unauthorized", message: "missing or invalid token for this session" },
    });
  });

  it("answers 401 to the facilitator token of another session", async () => {
    expect((await call(facilitatorOnly, otherSession.facilitator)).status).toBe(401);
    expect((await call(facilitatorOnly, otherSession.facilitator, otherSession.id)).status).toBe(200);
  });

  it("answers 403 with the rule's message to the other roles", async () => {
    for (const credential of [tokens.participant, tokens.viewer]) {
      expect(await call(facilitatorOnly, credential)).toEqual({
        status: 403,
        error: { code: "forbidden", message: "only the facilitator can do this" },
      });
    }
  });

  it("counts a co-facilitator as facilitator, but not as the facilitator link", async () => {
    expect(await call(facilitatorOnly, coFacilitator)).toEqual({
      status: 200,
      body: { role: "facilitator", tokenRole: "participant" },
    });
    expect(await call(facilitatorLinkOnly, coFacilitator)).toEqual({
      status: 403,
      error: { code: "forbidden", message: "only the facilitator link can do this" },
    });
    expect((await call(facilitatorLinkOnly, tokens.facilitator)).status).toBe(200);
  });

  it("tells a removed participant so on every rule, before any role check", async () => {
    const answer = {
      status: 403,
      error: { code: REMOVED_ERROR_CODE, message: "the facilitator removed you from this session" },
    };
    for (const app of [anyone, facilitatorOnly, facilitatorLinkOnly]) {
      expect(await call(app, removed)).toEqual(answer);
      expect(await call(app, removed, sessionId, "query")).toEqual(answer);
    }
  });

  it("without roles, lets in every valid credential with its role", async () => {
    for (const role of ["facilitator", "participant", "viewer"] as const) {
      expect(await call(anyone, tokens[role])).toEqual({ status: 200, body: { role, tokenRole: role } });
    }
    expect((await call(anyone, undefined)).status).toBe(401);
  });
});

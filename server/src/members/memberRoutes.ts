import {
  CLOSE,
  CONTROL,
  type ControlMemberStatusSchema,
  LIMITS,
  MemberIdSchema,
  type MemberResponse,
  PATHS,
  REMOVED_CLOSE_REASON,
  RegisterMemberRequestSchema,
  type Role,
  RotateLinksRequestSchema,
  type RotateLinksResponse,
} from "@wijkbord/shared";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type * as Y from "yjs";
import { z } from "zod";
import { authFailure } from "../auth/authFailure.ts";
import { memberSecretHash } from "../auth/memberSecretHash.ts";
import { type Authenticated, requireRole } from "../auth/requireRole.ts";
import { apiError, issuesOf, summarize } from "../http/apiError.ts";
import type { Logger } from "../log/logger.ts";
import type { Storage } from "../storage/Storage.ts";
import type { RoomRegistry } from "../sync/RoomRegistry.ts";
import type { SessionConnections } from "../sync/SessionConnections.ts";
import { rotateLinks } from "./rotateLinks.ts";

export interface MemberDeps {
  storage: Storage;
  rooms: RoomRegistry;
  connections: SessionConnections;
  logger: Logger;
  publicUrl: () => string;
  maxBodyBytes: number;
}

type Checked<T> = { ok: true; auth: Authenticated; data: T } | { ok: false; response: Response };

const EmptyBodySchema = z.strictObject({});

/**
 * Links and people (`/api/sessions/:id/links/rotate`, `/participants/me`,
 * `/participants/:participantId/{promote,remove}`). Rotating, promoting and removing need the
 * facilitator link itself: a co-facilitator runs the board, not who may join it. Mounted before
 * `apiRoutes`, whose catch-all answers every other `/api` path with 404.
 */
export function memberRoutes(deps: MemberDeps): Hono {
  const app = new Hono();
  const rotations = new Map<string, Promise<void>>();
  const limit = bodyLimit({
    maxSize: deps.maxBodyBytes,
    onError: (c) =>
      apiError(c, 413, "body_too_large", `request body must be at most ${deps.maxBodyBytes} bytes`),
  });

  /** Authenticates, checks the link's role, then parses the JSON body with `schema`. */
  async function check<T>(
    c: Context,
    tokenRole: Role,
    forbidden: string,
    schema: z.ZodType<T>,
  ): Promise<Checked<T>> {
    const access = await requireRole(c, deps.storage, {
      roles: [tokenRole],
      of: "link",
      forbidden,
    });
    if (!access.ok) return access;
    let json: unknown;
    try {
      json = JSON.parse((await c.req.text()) || "{}");
    } catch {
      return { ok: false, response: apiError(c, 400, "bad_json", "request body is not valid JSON") };
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issues = issuesOf(parsed.error);
      return { ok: false, response: apiError(c, 400, "invalid_request", summarize(issues), issues) };
    }
    return { ok: true, auth: access.auth, data: parsed.data };
  }

  /** Mirrors a decision into the control document for the apps; the members table decides. */
  async function showInControl(
    sessionId: string,
    participantId: string,
    status: z.infer<typeof ControlMemberStatusSchema>,
  ) {
    const change = (doc: Y.Doc) => doc.getMap<string>(CONTROL.members).set(participantId, status);
    const ref = { sessionId, doc: "control" as const };
    try {
      try {
        await (await deps.rooms.acquire(ref)).serverChange(change);
      } catch {
        // The room was being unloaded: the next acquire gives a freshly loaded one.
        await (await deps.rooms.acquire(ref)).serverChange(change);
      }
    } catch (err) {
      deps.logger.error("could not show a member decision in the control document", {
        sessionId,
        error: err,
      });
    }
  }

  const base = `${PATHS.sessions}/:id`;
  const onlyFacilitator = "only the facilitator link can manage links and participants";

  app.post(`${base}/links/rotate`, limit, async (c) => {
    const req = await check(c, "facilitator", onlyFacilitator, RotateLinksRequestSchema);
    if (!req.ok) return req.response;
    const { session, token } = req.auth;
    // One rotation at a time per session, or two could each seal the other's old token.
    const run = (rotations.get(session.id) ?? Promise.resolve()).then(() =>
      rotateLinks(deps.storage, session, token, req.data.roles, deps.publicUrl()),
    );
    const settled = run.then(
      () => {},
      () => {},
    );
    rotations.set(session.id, settled);
    void settled.then(() => {
      if (rotations.get(session.id) === settled) rotations.delete(session.id);
    });
    const links = await run;
    if (!links) return apiError(c, 500, "sealed_links_unreadable", "the stored links could not be opened");
    // The old tokens are refused from now on; whoever is connected with one is told so (fatal 4401).
    deps.connections.closeTokenRoles(
      session.id,
      req.data.roles,
      CLOSE.unauthorized,
      "this link was replaced",
    );
    const body: RotateLinksResponse = { links };
    return c.json(body);
  });

  app.post(`${base}/participants/me`, limit, async (c) => {
    const req = await check(
      c,
      "participant",
      "only the participant link registers participants",
      RegisterMemberRequestSchema,
    );
    if (!req.ok) return req.response;
    const { participantId, secret } = req.data;
    const sessionId = req.auth.session.id;
    const outcome = await deps.storage.access.registerMember(
      sessionId,
      participantId,
      memberSecretHash(sessionId, secret),
      LIMITS.maxMembersPerSession,
    );
    if (!outcome.ok && outcome.reason === "full") {
      return apiError(
        c,
        409,
        "full",
        `a session registers at most ${LIMITS.maxMembersPerSession} participants`,
      );
    }
    if (!outcome.ok) {
      return apiError(c, 409, "taken", "this participant id or secret is already registered with another");
    }
    if (outcome.member.status === "removed") return authFailure(c, "removed");
    const body: MemberResponse = { participantId, status: outcome.member.status };
    return c.json(body);
  });

  for (const action of ["promote", "remove"] as const) {
    app.post(`${base}/participants/:participantId/${action}`, limit, async (c) => {
      const req = await check(c, "facilitator", onlyFacilitator, EmptyBodySchema);
      if (!req.ok) return req.response;
      const id = MemberIdSchema.safeParse(c.req.param("participantId"));
      if (!id.success) return apiError(c, 400, "invalid_request", "participantId: must be 1–100 characters");
      const sessionId = req.auth.session.id;
      const member = await deps.storage.access.memberById(sessionId, id.data);
      if (!member) {
        return apiError(c, 404, "unknown_participant", "this participant has not joined this session (yet)");
      }
      if (action === "promote" && member.status === "removed") {
        return apiError(c, 409, "removed", "a removed participant cannot be made co-facilitator");
      }
      const status = action === "promote" ? "facilitator" : "removed";
      await deps.storage.access.setMemberStatus(sessionId, id.data, status);
      // Open sockets keep the role they connected with: close them. A promoted person reconnects as
      // facilitator (4100 is not fatal); a removed one stops for good (4403).
      if (status === "facilitator") {
        deps.connections.closeMember(
          sessionId,
          member.secretHash,
          CLOSE.accessChanged,
          "made co-facilitator",
        );
      } else {
        deps.connections.closeMember(sessionId, member.secretHash, CLOSE.forbidden, REMOVED_CLOSE_REASON);
      }
      await showInControl(sessionId, id.data, status);
      const body: MemberResponse = { participantId: id.data, status };
      return c.json(body);
    });
  }

  return app;
}

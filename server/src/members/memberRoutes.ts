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
  RotateLinksRequestSchema,
  type RotateLinksResponse,
} from "@wijkbord/shared";
import { Hono } from "hono";
import type * as Y from "yjs";
import { z } from "zod";
import { authFailure } from "../auth/authFailure.ts";
import { authorize } from "../auth/authorize.ts";
import { memberSecretHash } from "../auth/memberSecretHash.ts";
import { hashesEqual } from "../auth/tokens.ts";
import { apiError } from "../http/apiError.ts";
import { jsonBody } from "../http/jsonBody.ts";
import type { Logger } from "../log/logger.ts";
import type { Storage } from "../storage/Storage.ts";
import { ownSession } from "../sync/ownSession.ts";
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
  const body = { maxBytes: deps.maxBodyBytes, optional: true };
  const facilitatorLink = authorize(deps.storage, {
    roles: ["facilitator"],
    of: "link",
    forbidden: "only the facilitator link can manage links and participants",
  });
  const participantLink = authorize(deps.storage, {
    roles: ["participant"],
    of: "link",
    forbidden: "only the participant link registers participants",
  });

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
  // Rotating, promoting and removing close sockets: only the session's owner can do that.
  const owner = ownSession(deps.rooms);

  app.post(
    `${base}/links/rotate`,
    facilitatorLink,
    jsonBody(RotateLinksRequestSchema, body),
    owner,
    async (c) => {
      const { session, token } = c.get("auth");
      const { roles } = c.req.valid("json");
      // One rotation at a time per session, or two could each seal the other's old token.
      const run = (rotations.get(session.id) ?? Promise.resolve()).then(() =>
        rotateLinks(deps.storage, session, token, roles, deps.publicUrl()),
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
      // The links are sealed with the link's own facilitator token: an owner who opened the session
      // from "Mijn werksessies" holds another one (a conflict with the session's state, not a fault).
      if (!links)
        return apiError(
          c,
          409,
          "sealed_links_unreadable",
          "deze links kun je alleen vervangen met de oorspronkelijke facilitatorlink; open de werksessie met die link, of maak in Mijn werksessies een kopie met nieuwe links (links can only be replaced through the original facilitator link)",
        );
      // The old tokens are refused from now on; whoever is connected with one is told so (fatal 4401).
      deps.connections.closeTokenRoles(session.id, roles, CLOSE.unauthorized, "this link was replaced");
      const body: RotateLinksResponse = { links };
      return c.json(body);
    },
  );

  app.post(
    `${base}/participants/me`,
    participantLink,
    jsonBody(RegisterMemberRequestSchema, body),
    async (c) => {
      const auth = c.get("auth");
      const { participantId, secret } = c.req.valid("json");
      const sessionId = auth.session.id;
      const secretHash = memberSecretHash(sessionId, secret);
      // The credential's secret is the one the server checked (a removed one is refused before
      // this): registering another under it would let one browser speak for two people.
      if (auth.memberHash && !hashesEqual(auth.memberHash, secretHash)) {
        return apiError(
          c,
          403,
          "secret_mismatch",
          "the secret in the body must be the personal secret of your credential (<token>.<secret>)",
        );
      }
      const outcome = await deps.storage.access.registerMember(
        sessionId,
        participantId,
        secretHash,
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
      // Sockets this browser opened before registering now know whose seat is its own.
      deps.connections.learnMember(sessionId, secretHash, outcome.member.participantId);
      const body: MemberResponse = { participantId, status: outcome.member.status };
      return c.json(body);
    },
  );

  for (const action of ["promote", "remove"] as const) {
    app.post(
      `${base}/participants/:participantId/${action}`,
      facilitatorLink,
      jsonBody(EmptyBodySchema, body),
      owner,
      async (c) => {
        const id = MemberIdSchema.safeParse(c.req.param("participantId"));
        if (!id.success)
          return apiError(c, 400, "invalid_request", "participantId: must be 1–100 characters");
        const sessionId = c.get("auth").session.id;
        const member = await deps.storage.access.memberById(sessionId, id.data);
        if (!member) {
          return apiError(
            c,
            404,
            "unknown_participant",
            "this participant has not joined this session (yet)",
          );
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
      },
    );
  }

  return app;
}
